import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '#sandbox/errors/index.ts';

const plan = readFileSync(new URL('../../../docs/catalogue-plan.md', import.meta.url), 'utf8');

/** Slugs `<course>/<lesson>` parsed from the course table of docs/catalogue-plan.md. */
function slugs(): Set<string> {
  const out = new Set<string>();
  for (const line of plan.split('\n')) {
    const course = /^\|\s*`([a-z0-9-]+)`/.exec(line)?.[1];
    if (course === undefined) continue;
    const cells = line.split('|');
    const lessons = cells[cells.length - 2] ?? '';
    for (const m of lessons.matchAll(/`(\d\d-[a-z0-9-]+)`/g)) out.add(`${course}/${m[1]}`);
  }
  return out;
}

describe('error catalogue', () => {
  const known = slugs();
  it('parses the 49 lesson slugs of the plan', () => {
    expect(known.size).toBe(49);
  });
  it('has unique codes', () => {
    const codes = ERROR_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
  describe.each(ERROR_CATALOGUE.map((e) => [e.code, e] as const))('%s', (_code, e) => {
    it('names a lesson slug from docs/catalogue-plan.md', () => {
      expect(known.has(e.lesson), `${e.code} → ${e.lesson}`).toBe(true);
    });
    it('has a bilingual title and a family', () => {
      expect(e.title.zh.length).toBeGreaterThan(0);
      expect(e.title.en.length).toBeGreaterThan(0);
      expect(e.family.length).toBeGreaterThan(0);
    });
  });
});
