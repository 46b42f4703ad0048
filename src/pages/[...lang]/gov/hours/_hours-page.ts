/** The ledger as rows people read (page, annual record and CSV share them): item, lesson or scenario, reason, hours. */
import { t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { formatHours, shanghaiYear, type Ledger } from '#lib/study-hours/rules.ts';

export interface LedgerRow {
  at: Date;
  item: string;
  title: string;
  /** Where the item is studied (unlocalized path). */
  path: string;
  reason: string;
  hours: string;
}

/** A graded scenario's title in the page's language and its path. */
export interface ScenarioRef {
  title: string;
  path: string;
}

export function ledgerRows(ledger: Ledger, lessonTitles: Readonly<Record<string, string>>, scenarios: Readonly<Record<string, ScenarioRef>>, locale: Locale): LedgerRow[] {
  return ledger.lines.map((l) => {
    const hours = formatHours(l.tenths);
    if (l.kind === 'scenario') {
      const ref = scenarios[l.scenarioId];
      return { at: l.at, hours, title: ref?.title ?? l.scenarioId, path: ref?.path ?? `/sandbox/scenarios/${l.scenarioId}`, item: t(locale, 'hours.item.scenario'), reason: t(locale, 'hours.reason.scenario', { attempts: l.attempts }) };
    }
    return {
      at: l.at,
      hours,
      path: `/courses/${l.lessonId}`,
      title: lessonTitles[l.lessonId] ?? l.lessonId,
      item: t(locale, l.kind === 'lesson' ? 'hours.item.lesson' : 'hours.item.test'),
      reason:
        l.kind === 'test'
          ? t(locale, 'hours.reason.test', { score: l.score })
          : l.tenths > 0
            ? t(locale, 'hours.reason.lesson', { minutes: l.minutes, threshold: l.threshold })
            : t(locale, 'hours.reason.short', { minutes: l.minutes, missing: l.threshold - l.minutes }),
    };
  });
}

/** The year asked for in `?year=`, within reason; the current Shanghai year otherwise. */
export function requestedYear(url: URL, now = new Date()): number {
  const current = shanghaiYear(now);
  const y = Number(url.searchParams.get('year'));
  return Number.isInteger(y) && y >= 2020 && y <= current ? y : current;
}

export function rulesText(ledger: Pick<Ledger, 'rules'>, locale: Locale): string {
  const r = ledger.rules;
  return t(locale, 'hours.lead', { minutes: r.lessonMinutes, lesson: formatHours(r.lessonTenths), test: formatHours(r.testTenths), scenario: formatHours(r.scenarioTenths), target: formatHours(r.targetTenths) });
}
