import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK, resolve } from '#sandbox';
import { summaryDeadlineOf } from '#lib/workbench/summary-deadline.ts';

describe('summaryDeadlineOf', () => {
  it.each([
    ['2026-03-20', '2026-04-15'],
    ['2026-12-31', '2027-01-15'],
    ['2025-01-01', '2025-02-15'],
  ])('lists released on %s are summarised by %s', (released, deadline) => {
    expect(summaryDeadlineOf(released).date).toBe(deadline);
  });
  it('takes the day from the rule pack the engine checks with', () => {
    const d = summaryDeadlineOf('2026-03-20');
    expect(d.day).toBe(resolve(DEFAULT_RULE_PACK.summaryDeadlineDay, '2026-04-01').value);
    expect(d.ruleVersion).toMatch(/^summary-deadline@/);
  });
});
