import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidResidentId, mulberry32 } from '#sandbox';
import { generateTrainingId, TRAINING_REGION_PREFIX, trainingIdProblem } from '#lib/storefront/training-id.ts';

const seeded = fc.integer({ min: 0, max: 0xffff_ffff }).map((seed) => generateTrainingId(mulberry32(seed)));

describe('training ID numbers', () => {
  it('every generated ID passes the engine checksum and is a training ID in region 99', () => {
    fc.assert(
      fc.property(seeded, (id) => {
        expect(id).toMatch(/^99\d{15}[\dX]$/);
        expect(isValidResidentId(id)).toBe(true);
        expect(trainingIdProblem(id)).toBeNull();
      }),
    );
  });

  it('a single changed digit fails the checksum', () => {
    fc.assert(
      fc.property(seeded, fc.nat(16), fc.integer({ min: 1, max: 9 }), (id, at, delta) => {
        const digit = (Number(id[at]) + delta) % 10;
        const changed = `${id.slice(0, at)}${digit}${id.slice(at + 1)}`;
        expect(isValidResidentId(changed)).toBe(false);
        expect(trainingIdProblem(changed)).toBe('checksum');
      }),
    );
  });

  it('a changed check character fails', () => {
    fc.assert(
      fc.property(seeded, fc.constantFrom(...'0123456789X'), (id, c) => {
        fc.pre(c !== id[17]);
        expect(trainingIdProblem(id.slice(0, 17) + c)).toBe('checksum');
      }),
    );
  });

  it.each([
    ['', 'format'],
    ['99010119900101001', 'format'],
    ['9901011990010100123', 'format'],
    ['99010119900101001a', 'format'],
    // a valid checksum outside region 99 (the GB 11643 standard's own example) is refused: it could be real
    ['11010519491231002X', 'not-training'],
  ] as const)('refuses %j (%s)', (id, problem) => {
    expect(trainingIdProblem(id)).toBe(problem);
  });

  it('refuses an impossible birth date even with a valid checksum', () => {
    const first17 = '99000019900230001';
    const id = [...'0123456789X'].map((c) => first17 + c).find((x) => isValidResidentId(x));
    expect(id).toBeDefined();
    expect(trainingIdProblem(id!)).toBe('birth');
  });

  it('accepts lower-case x and surrounding spaces', () => {
    const id = [...'0123456789X'].map((c) => `99000019900101001${c}`).find((x) => isValidResidentId(x))!;
    expect(trainingIdProblem(` ${id.toLowerCase()} `)).toBeNull();
    expect(id.startsWith(TRAINING_REGION_PREFIX)).toBe(true);
  });
});
