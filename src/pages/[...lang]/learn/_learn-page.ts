/** The learner home's model: the profile read model joined with titles, plain data for the page. */
import type { LearnerProfile } from '#lib/progress/profile.ts';
import { hasEvidence } from '#lib/progress/skill-levels.ts';
import type { PublicCertificate } from '#lib/certificates/certificates.ts';

export interface LearnPageInput {
  profile: LearnerProfile;
  certificates: PublicCertificate[];
  courseTitles: Readonly<Record<string, string>>;
  lessonTitles: Readonly<Record<string, string>>;
  scenarioTitles: Readonly<Record<string, string>>;
}

export function learnPageModel(input: LearnPageInput) {
  const { profile } = input;
  const lessonTitle = (id: string | null): string | null => (id === null ? null : (input.lessonTitles[id] ?? id));
  return {
    courses: profile.courses.map((c) => ({
      ...c,
      title: input.courseTitles[c.courseId] ?? c.courseId,
      nextLessonTitle: lessonTitle(c.nextLessonId),
      resumeLessonTitle: lessonTitle(c.resumeLessonId),
      certificate: input.certificates.find((x) => x.courseId === c.courseId) ?? null,
    })),
    skills: profile.skills.filter((s) => hasEvidence(s.evidence)).sort((a, b) => b.level - a.level || a.skill.localeCompare(b.skill)),
    scenarios: profile.scenarios
      .map((s) => ({ ...s, title: input.scenarioTitles[s.scenarioId] ?? s.scenarioId, lessonTitle: lessonTitle(s.lessonId) }))
      .sort((a, b) => Number(b.passed) - Number(a.passed) || b.lastAt.getTime() - a.lastAt.getTime()),
    recent: profile.recent.map((r) => ({
      ...r,
      title: r.kind === 'scenario' ? (input.scenarioTitles[r.ref] ?? r.ref) : r.kind === 'declaration' ? r.ref : (lessonTitle(r.ref) ?? r.ref),
      href: r.kind === 'lesson' || r.kind === 'quiz' ? `/courses/${r.ref}` : r.kind === 'scenario' ? `/sandbox/scenarios/${r.ref}` : null,
    })),
    sandbox: {
      ...profile.sandbox,
      percent: profile.sandbox.firstTimeAcceptanceRate === null ? null : Math.round(profile.sandbox.firstTimeAcceptanceRate * 100),
      topErrors: profile.sandbox.errorCodes.slice(0, 8).map((e) => ({ ...e, lessonTitle: lessonTitle(e.lessonId) })),
    },
    certificates: input.certificates.map((c) => ({ ...c, title: input.courseTitles[c.courseId] ?? c.courseId })),
  };
}
