/** The ledger as rows people read (page, annual record and CSV share them): item, lesson, reason, hours. */
import { t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { formatHours, shanghaiYear, type Ledger } from '#lib/study-hours/rules.ts';

export interface LedgerRow {
  at: Date;
  item: string;
  title: string;
  lessonId: string;
  reason: string;
  hours: string;
}

export function ledgerRows(ledger: Ledger, lessonTitles: Readonly<Record<string, string>>, locale: Locale): LedgerRow[] {
  return ledger.lines.map((l) => ({
    at: l.at,
    lessonId: l.lessonId,
    title: lessonTitles[l.lessonId] ?? l.lessonId,
    item: t(locale, l.kind === 'lesson' ? 'hours.item.lesson' : 'hours.item.test'),
    reason:
      l.kind === 'test'
        ? t(locale, 'hours.reason.test', { score: l.score })
        : l.tenths > 0
          ? t(locale, 'hours.reason.lesson', { minutes: l.minutes, threshold: l.threshold })
          : t(locale, 'hours.reason.short', { minutes: l.minutes, missing: l.threshold - l.minutes }),
    hours: formatHours(l.tenths),
  }));
}

/** The year asked for in `?year=`, within reason; the current Shanghai year otherwise. */
export function requestedYear(url: URL, now = new Date()): number {
  const current = shanghaiYear(now);
  const y = Number(url.searchParams.get('year'));
  return Number.isInteger(y) && y >= 2020 && y <= current ? y : current;
}

export function rulesText(ledger: Pick<Ledger, 'rules'>, locale: Locale): string {
  const r = ledger.rules;
  return t(locale, 'hours.lead', { minutes: r.lessonMinutes, lesson: formatHours(r.lessonTenths), test: formatHours(r.testTenths), target: formatHours(r.targetTenths) });
}
