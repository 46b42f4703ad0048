import { describe, expect, it } from 'vitest';
import { previousMonth as previousMonthOf } from '#sandbox';
import { addDays, isoDateOfStamp, proposedReturnDate, proposedSummaryDate, returnDeadline, todayInChina } from '#lib/workbench/calendar.ts';

describe('workbench calendar', () => {
  it.each([
    ['2026-05-10', 7, '2026-05-17'],
    ['2026-05-28', 7, '2026-06-04'],
    ['2026-12-30', 3, '2027-01-02'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) = %s', (date, days, want) => {
    expect(addDays(date, days)).toBe(want);
  });

  it.each([
    ['2026-06-05', '2026-05'],
    ['2027-01-08', '2026-12'],
    ['2026-10-31', '2026-09'],
  ])('previousMonthOf(%s) = %s', (date, want) => {
    expect(previousMonthOf(date)).toBe(want);
  });

  it('reads the day of a customs time stamp', () => {
    expect(isoDateOfStamp('20260510093000123')).toBe('2026-05-10');
  });

  it('gives a return 30 days from the release and proposes a week after the order', () => {
    expect(returnDeadline('2026-05-20')).toBe('2026-06-19');
    expect(proposedReturnDate('2026-05-10')).toBe('2026-05-17');
  });

  it.each([
    ['2026-05-10', '2026-06-05'],
    ['2026-09-30', '2026-10-05'],
    ['2026-12-01', '2027-01-05'],
  ])('proposes the summary of an order of %s on %s', (asOf, want) => {
    expect(proposedSummaryDate(asOf)).toBe(want);
  });

  it('counts today in China, not in UTC', () => {
    expect(todayInChina(new Date('2026-05-10T15:59:59Z'))).toBe('2026-05-10');
    expect(todayInChina(new Date('2026-05-10T16:00:00Z'))).toBe('2026-05-11');
  });
});
