import { describe, expect, it } from 'vitest';
import { buildLedger, DEFAULT_RULES, formatHours, MAX_PING_GAP_MS, percentOf, secondsToAdd, shanghaiYear, yearBounds } from '#lib/study-hours/rules.ts';

const at = (iso: string) => new Date(iso);

describe('buildLedger', () => {
  it('works the module header example: 42 and 18 minutes, one test passed = 1.5 hours', () => {
    const ledger = buildLedger({
      year: 2026,
      rules: DEFAULT_RULES,
      times: [
        { lessonId: 'c/01-a', courseId: 'c', seconds: 42 * 60 + 30, lastAt: at('2026-03-01T02:00:00Z') },
        { lessonId: 'c/02-b', courseId: 'c', seconds: 18 * 60, lastAt: at('2026-03-02T02:00:00Z') },
      ],
      tests: [{ lessonId: 'c/01-a', courseId: 'c', score: 85, passedAt: at('2026-03-01T02:10:00Z') }],
    });
    expect(ledger.lines.map((l) => [l.kind, l.lessonId, l.tenths])).toEqual([
      ['lesson', 'c/01-a', 10],
      ['test', 'c/01-a', 5],
      ['lesson', 'c/02-b', 0],
    ]);
    expect(ledger.lines[0]).toMatchObject({ minutes: 42, threshold: 30 });
    expect(ledger.lines[2]).toMatchObject({ minutes: 18, threshold: 30 });
    expect(ledger.totalTenths).toBe(15);
    expect(formatHours(ledger.totalTenths)).toBe('1.5');
    expect(ledger.percentOfTarget).toBe(7); // 1.5 of 20 hours
  });

  it.each([
    [29 * 60 + 59, 0],
    [30 * 60, 10],
    [300 * 60, 10],
  ])('a lesson studied %i seconds earns %i tenths (once, however long)', (seconds, tenths) => {
    const l = buildLedger({ year: 2026, rules: DEFAULT_RULES, times: [{ lessonId: 'c/01-a', courseId: 'c', seconds, lastAt: at('2026-01-01T00:00:00Z') }], tests: [] });
    expect(l.totalTenths).toBe(tenths);
  });

  it('applies a department’s own rules', () => {
    const rules = { targetTenths: 30, lessonMinutes: 45, lessonTenths: 20, testTenths: 10, scenarioTenths: 15 };
    const l = buildLedger({ year: 2026, rules, times: [{ lessonId: 'c/01-a', courseId: 'c', seconds: 44 * 60, lastAt: at('2026-01-01T00:00:00Z') }, { lessonId: 'c/02-b', courseId: 'c', seconds: 45 * 60, lastAt: at('2026-01-02T00:00:00Z') }], tests: [{ lessonId: 'c/02-b', courseId: 'c', score: 60, passedAt: at('2026-01-03T00:00:00Z') }] });
    expect(l.totalTenths).toBe(30);
    expect(l.percentOfTarget).toBe(100);
  });

  it('a graded scenario first passed earns the rules’ scenario hours, in time order with the rest', () => {
    const rules = { ...DEFAULT_RULES, scenarioTenths: 15 };
    const l = buildLedger({
      year: 2026,
      rules,
      times: [{ lessonId: 'c/01-a', courseId: 'c', seconds: 40 * 60, lastAt: at('2026-01-02T00:00:00Z') }],
      tests: [],
      scenarios: [{ scenarioId: 'import-x', lessonId: null, passedAt: at('2026-01-01T00:00:00Z'), attempts: 3 }],
    });
    expect(l.lines.map((x) => [x.kind, x.tenths])).toEqual([
      ['scenario', 15],
      ['lesson', 10],
    ]);
    expect(l.totalTenths).toBe(25);
  });
});

describe('heartbeats and calendar', () => {
  it('adds the time since the previous heartbeat, nothing for the first or after a long gap', () => {
    const t0 = at('2026-05-01T00:00:00Z');
    expect(secondsToAdd(null, t0)).toBe(0);
    expect(secondsToAdd(t0, new Date(t0.getTime() + 60_000))).toBe(60);
    expect(secondsToAdd(t0, new Date(t0.getTime() + MAX_PING_GAP_MS + 1))).toBe(0);
    expect(secondsToAdd(t0, new Date(t0.getTime() - 1000))).toBe(0);
  });

  it('counts years in Shanghai time', () => {
    expect(shanghaiYear(at('2025-12-31T16:00:00Z'))).toBe(2026);
    expect(shanghaiYear(at('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(yearBounds(2026)).toEqual([Date.parse('2025-12-31T16:00:00Z'), Date.parse('2026-12-31T16:00:00Z')]);
  });

  it('caps the share of the target at 100 and treats a zero target as met', () => {
    expect(percentOf(500, 200)).toBe(100);
    expect(percentOf(0, 0)).toBe(100);
    expect(formatHours(10)).toBe('1.0');
  });
});
