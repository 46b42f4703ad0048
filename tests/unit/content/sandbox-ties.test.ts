/** The sandbox's error codes and the lessons point at each other, both ways. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_BY_CODE } from '#sandbox';
import { loadContent } from '#lib/content/check.ts';
import { ROOT } from '../../helpers/db.ts';

const content = loadContent(join(ROOT, 'content'));
const lessons = new Map(content.lessons.map((l) => [`${l.course}/${l.slug}`, l]));

describe('sandbox ↔ lessons', () => {
  it('every error code names a lesson that exists and lists the code', () => {
    const broken = ERROR_CATALOGUE.filter((e) => !lessons.get(e.lesson)?.data.sandboxRules.includes(e.code)).map((e) => `${e.code} → ${e.lesson}`);
    expect(broken).toEqual([]);
  });

  it('every code a lesson lists exists in the engine and names that lesson', () => {
    const broken = content.lessons.flatMap((l) =>
      l.data.sandboxRules.filter((code) => ERROR_BY_CODE.get(code)?.lesson !== `${l.course}/${l.slug}`).map((code) => `${l.file}: ${code}`),
    );
    expect(broken).toEqual([]);
  });
});
