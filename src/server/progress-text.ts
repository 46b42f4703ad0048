/** Progress facts in words, through the dictionaries: a skill level's explanation, a credential's texts. */
import { t } from '#i18n/index.ts';
import { pick, type Locale } from '#i18n/locales.ts';
import { SKILLS } from '#lib/content/skills.ts';
import { levelComponents } from '#lib/progress/skill-levels.ts';
import type { SkillLevel } from '#lib/progress/profile.ts';
import type { CredentialTexts } from '#lib/certificates/credential.ts';

/** "3/4 lessons · quiz 85% (first attempt 70%) · 2/2 scenarios · 90% first-time acceptance (10 declarations)" */
export function explainLevel(s: Pick<SkillLevel, 'evidence'>, locale: Locale): string {
  return levelComponents(s.evidence)
    .map((c) => {
      switch (c.kind) {
        case 'lessons':
          return t(locale, 'progress.explain.lessons', c.figures);
        case 'quiz':
          return s.evidence.quizBest === null ? t(locale, 'progress.explain.quizNone') : t(locale, 'progress.explain.quiz', c.figures);
        case 'scenarios':
          return t(locale, 'progress.explain.scenarios', c.figures);
        case 'sandbox':
          return s.evidence.declarations === 0 ? t(locale, 'progress.explain.sandboxNone') : t(locale, 'progress.explain.sandbox', c.figures);
      }
    })
    .join(' · ');
}

export function credentialTexts(course: { title: { zh: string; en?: string }; summary: { zh: string; en?: string } }, locale: Locale): CredentialTexts {
  return {
    issuerName: t(locale, 'verify.issuer'),
    courseName: pick(course.title, locale),
    courseDescription: pick(course.summary, locale),
    criteria: t(locale, 'verify.criteria'),
    skillName: (skill) => pick(SKILLS[skill], locale),
    explain: (s) => explainLevel(s, locale),
  };
}
