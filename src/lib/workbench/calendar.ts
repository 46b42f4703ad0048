/**
 * The workbench's calendar: every date is a `YYYY-MM-DD` day (or `YYYY-MM` month) in China's time
 * (Asia/Shanghai), the customs' clock. The deadlines and defaults here are the rules the pages and
 * the follow-up flows share: a return within 30 days of the list's release (GACC Ann. 2020 No.45),
 * the monthly summary (汇总申报) of last month's export lists filed early in the next month.
 */
import { TIME_ZONE } from '#i18n/format.ts';

/** Days after an import list's release within which a return may be declared (GACC Ann. 2020 No.45). */
export const RETURN_WINDOW_DAYS = 30;

/** A return form proposes a date this many days after the order's market day. */
const RETURN_PROPOSAL_DAYS = 7;

/** The monthly summary form proposes this day of the month after the order. */
const SUMMARY_PROPOSAL_DAY = 5;

/** `date` + `days`, YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-DD of a customs time stamp (`YYYYMMDDhhmmss…`, China time). */
export function isoDateOfStamp(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
}

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in China, YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return CHINA_DAY.format(now);
}

/** The last day a return of a list released on `releasedAt` may be declared. */
export function returnDeadline(releasedAt: string): string {
  return addDays(releasedAt, RETURN_WINDOW_DAYS);
}

/** The date a return form of an order of `asOf` proposes. */
export function proposedReturnDate(asOf: string): string {
  return addDays(asOf, RETURN_PROPOSAL_DAYS);
}

/** The date a monthly summary form of an order of `asOf` proposes: the 5th of the next month. */
export function proposedSummaryDate(asOf: string): string {
  const y = Number(asOf.slice(0, 4)), m = Number(asOf.slice(5, 7));
  const day = String(SUMMARY_PROPOSAL_DAY).padStart(2, '0');
  return m === 12 ? `${y + 1}-01-${day}` : `${y}-${String(m + 1).padStart(2, '0')}-${day}`;
}
