/**
 * The monthly summary (汇总申报) deadline as the engine enforces it: the rule pack's
 * `summary-deadline` day of the month after the lists' release, the one source the workbench shows.
 */
import { DEFAULT_RULE_PACK, resolve } from '#sandbox';

export interface SummaryDeadline {
  /** Day of the month (e.g. 15). */
  day: number;
  /** The deadline for lists released in the month of `releasedOn`, YYYY-MM-DD. */
  date: string;
  /** Rule version, e.g. `summary-deadline@2016-04-08`. */
  ruleVersion: string;
}

/** The summary deadline of export lists released on `releasedOn` (YYYY-MM-DD). */
export function summaryDeadlineOf(releasedOn: string): SummaryDeadline {
  const y = Number(releasedOn.slice(0, 4)), m = Number(releasedOn.slice(5, 7));
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const r = resolve(DEFAULT_RULE_PACK.summaryDeadlineDay, `${ny}-${String(nm).padStart(2, '0')}-01`);
  return { day: r.value, date: `${ny}-${String(nm).padStart(2, '0')}-${String(r.value).padStart(2, '0')}`, ruleVersion: r.version };
}
