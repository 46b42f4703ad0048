/** Every content file against the schemas and the floors; the catalogue's shape as the issues ask. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countCjk, loadContent, LESSON_MIN_CJK, proseOf } from '#lib/content/check.ts';
import { PARTNER_IDS } from '#lib/content/schema.ts';
import { ROOT } from '../../helpers/db.ts';

const content = loadContent(join(ROOT, 'content'));

describe('the content folder', () => {
  it('has no problem (schema, floors, quizzes, glossary references, figure sources)', () => {
    expect(content.problems.map((p) => `${p.file} › ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('has at least 8 courses and 48 lessons, two or more per partner', () => {
    expect(content.courses.size).toBeGreaterThanOrEqual(8);
    expect(content.lessons.length).toBeGreaterThanOrEqual(48);
    for (const p of PARTNER_IDS) expect([...content.courses.values()].filter((c) => c.partner === p).length, p).toBeGreaterThanOrEqual(2);
  });

  it('serves every audience: two government courses, an order-based track, two English editions', () => {
    const courses = [...content.courses.values()];
    expect(courses.filter((c) => c.audiences.includes('government') && !c.audiences.includes('learner')).length).toBeGreaterThanOrEqual(2);
    expect(courses.some((c) => c.orderTrack)).toBe(true);
    expect(courses.filter((c) => c.englishEdition).length).toBeGreaterThanOrEqual(2);
  });

  it('every lesson clears the length floor and has a quiz of 3+ explained questions', () => {
    for (const l of content.lessons) {
      expect(countCjk(proseOf(l.body)), l.file).toBeGreaterThanOrEqual(LESSON_MIN_CJK);
      expect(l.data.quiz?.questions.length ?? 0, l.file).toBeGreaterThanOrEqual(3);
      for (const q of l.data.quiz?.questions ?? []) expect(q.explanation.zh.length, `${l.file} ${q.id}`).toBeGreaterThan(5);
    }
  });

  it('every lesson quiz draws from a bank at least twice the questions it asks (issue 12)', () => {
    const short = content.lessons
      .map((l) => ({ file: l.file, draw: l.data.quiz?.draw, bank: l.data.quiz?.questions.length ?? 0 }))
      .filter((q) => q.draw === undefined || q.bank < 2 * q.draw)
      .map((q) => `${q.file}: draw ${q.draw ?? 'missing'}, bank ${q.bank}`);
    expect(short).toEqual([]);
  });

  it('has a glossary of at least 120 terms, each with zh, en and definitions', () => {
    expect(content.glossary.size).toBeGreaterThanOrEqual(120);
  });

  it('every glossary term that names a lesson names one that exists', () => {
    const ids = new Set(content.lessons.map((l) => `${l.course}/${l.slug}`));
    for (const t of content.glossary.values()) if (t.lesson) expect(ids.has(t.lesson), `${t.id} → ${t.lesson}`).toBe(true);
  });
});

describe('the checker names the file and the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reports a bad course field, a bad lesson field, a thin lesson, a missing quiz and an unknown term', () => {
    mkdirSync(join(dir, 'courses', 'bad'), { recursive: true });
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(join(dir, 'glossary', 'g.yaml'), '- { id: known, zh: 已知, en: Known, definition: { zh: 定义, en: Def } }\n');
    writeFileSync(join(dir, 'courses', 'bad', 'course.yaml'), 'title: { zh: 坏, en: Bad }\nsummary: { zh: s, en: s }\npartner: mit\naudiences: [learner]\nlevel: intro\nhours: 8\ncredit: 1\nskills: [cbec-basics]\noutcomes: [{ zh: o, en: o }]\n');
    mkdirSync(join(dir, 'courses', 'ok'));
    writeFileSync(join(dir, 'courses', 'ok', 'course.yaml'), 'title: { zh: 好, en: Good }\nsummary: { zh: s, en: s }\npartner: fvtc\naudiences: [learner]\nlevel: intro\nhours: 8\ncredit: 1\nskills: [cbec-basics]\noutcomes: [{ zh: o, en: o }]\n');
    writeFileSync(join(dir, 'courses', 'ok', '01-thin.mdx'), '---\ntitle: { zh: 薄, en: Thin }\nsummary: { zh: s, en: s }\norder: 1\nminutes: 10\nobjectives: [{ zh: o, en: o }]\nskills: [cbec-basics]\nsources: ["某某公告"]\n---\n太短了。<Term id="unknown">未知</Term>\n');
    writeFileSync(join(dir, 'courses', 'ok', '02-badfield.mdx'), '---\ntitle: { zh: 坏 }\nsummary: { zh: s, en: s }\norder: 2\nminutes: 10\nobjectives: [{ zh: o, en: o }]\nskills: [not-a-skill]\nsources: ["某某公告"]\n---\n正文\n');
    const r = loadContent(dir);
    const lines = r.problems.map((p) => `${p.file} › ${p.field}`);
    expect(lines).toContain(`${join(dir.split('/').pop()!, 'courses/bad/course.yaml')} › partner`);
    expect(lines.some((l) => l.endsWith('courses/ok/02-badfield.mdx › title.en'))).toBe(true);
    expect(lines.some((l) => l.endsWith('courses/ok/02-badfield.mdx › skills.0'))).toBe(true);
    expect(lines.some((l) => l.endsWith('courses/ok/01-thin.mdx › (body)'))).toBe(true);
    expect(lines.some((l) => l.endsWith('courses/ok/01-thin.mdx › quiz'))).toBe(true);
    expect(r.problems.some((p) => p.field === '<Term>' && p.message.includes('"unknown"'))).toBe(true);
  });
});
