/**
 * "How well you fit and why" in plain words, in both languages, from a fit
 * breakdown: one line per required skill ("三单对碰 72 / 要求 60 ✓"), then
 * the accuracy and park factors and the total.
 */
import { skillName } from '../content/skills.ts';
import { FIT_WEIGHTS, type FitBreakdown } from './fit.ts';

export type ExplainLocale = 'zh-CN' | 'en';

function skillLabel(skill: string, locale: ExplainLocale): string {
  return skillName(locale, skill);
}

/** A figure as the fit and its factors are kept (at most two decimals), so a line never disagrees with the score shown beside it. */
function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The lines of an explanation, in the given language. */
export function explainLines(b: FitBreakdown, locale: ExplainLocale): string[] {
  const en = locale === 'en';
  const lines = b.skills.map((s) => `${skillLabel(s.skill, locale)} ${num(s.level)} / ${en ? 'required' : '要求'} ${num(s.required)} ${s.met ? '✓' : '✗'}`);
  if (b.skills.length === 0) lines.push(en ? 'No skill requirements' : '无技能要求');
  lines.push(
    en
      ? `Sandbox declaration accuracy ${num(b.factors.accuracy)} (weight ${FIT_WEIGHTS.accuracy * 100}%)`
      : `沙盒申报一次通过率 ${num(b.factors.accuracy)}（权重 ${FIT_WEIGHTS.accuracy * 100}%）`,
  );
  lines.push(en ? (b.factors.park === 100 ? 'Preferred park matches ✓' : 'Preferred park differs') : b.factors.park === 100 ? '意向园区一致 ✓' : '意向园区不同');
  lines.push(
    en
      ? `Fit ${num(b.fit)} / 100 — ${b.eligible ? 'meets every requirement' : 'below a required level'}`
      : `匹配度 ${num(b.fit)} / 100 — ${b.eligible ? '满足全部要求' : '有技能未达要求'}`,
  );
  return lines;
}
