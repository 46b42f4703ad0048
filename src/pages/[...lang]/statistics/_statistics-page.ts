/** A period's figures as the tables the statistics page shows and its CSV downloads carry, plus the charts' bars. */
import { t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { PeriodFigures } from '#lib/stats/period.ts';
import type { DataTable } from '#lib/stats/csv.ts';

export const STATISTICS_TABLES = ['months', 'courses', 'trained', 'audiences', 'institutions', 'departments', 'orders'] as const;
export type StatisticsTableId = (typeof STATISTICS_TABLES)[number];

export interface StatisticsNames {
  course: (id: string) => string;
  institution: (id: string) => string;
}

/** A table's chart: one bar per row, the table beside it carrying the same figures for screen readers. */
export interface StatisticsChart {
  title: string;
  bars: Array<{ label: string; value: number }>;
}

export function statisticsTables(f: PeriodFigures, names: StatisticsNames, locale: Locale): Record<StatisticsTableId, DataTable> {
  const period = t(locale, 'statistics.period', { from: f.period.from, to: f.period.to });
  const cap = (key: Parameters<typeof t>[1]) => `${t(locale, key)} · ${period}`;
  return {
    months: {
      id: 'months',
      caption: cap('statistics.months.caption'),
      header: [t(locale, 'statistics.col.month'), t(locale, 'statistics.col.newEnrolments'), t(locale, 'statistics.col.certificates'), t(locale, 'statistics.col.placements')],
      rows: f.months.map((m) => [m.month, m.enrolments, m.certificates, m.placements]),
    },
    courses: {
      id: 'courses',
      caption: cap('statistics.courses.caption'),
      header: [t(locale, 'statistics.col.course'), t(locale, 'statistics.col.enrolled'), t(locale, 'statistics.col.finished'), t(locale, 'statistics.col.certificates')],
      rows: f.courses.map((c) => [names.course(c.courseId), c.enrolled, c.finished, c.certificates]),
    },
    trained: {
      id: 'trained',
      caption: cap('statistics.trained.caption'),
      header: [t(locale, 'statistics.col.learnerInstitution'), t(locale, 'statistics.col.trainedLearners')],
      rows: f.trained.map((r) => [r.institutionId === null ? t(locale, 'stats.noInstitution') : names.institution(r.institutionId), r.learners]),
    },
    audiences: {
      id: 'audiences',
      caption: cap('statistics.audiences.caption'),
      header: [t(locale, 'statistics.col.audience'), t(locale, 'statistics.col.enrolments'), t(locale, 'statistics.col.certificates')],
      rows: f.audiences.map((a) => [t(locale, `statistics.audience.${a.role}`), a.enrolments, a.certificates]),
    },
    institutions: {
      id: 'institutions',
      caption: cap('statistics.institutions.caption'),
      header: [t(locale, 'statistics.col.institution'), t(locale, 'statistics.col.certificates')],
      rows: f.institutions.map((i) => [names.institution(i.institutionId), i.certificates]),
    },
    departments: {
      id: 'departments',
      caption: cap('statistics.departments.caption'),
      header: [t(locale, 'statistics.col.department'), t(locale, 'statistics.col.staff'), t(locale, 'statistics.col.govEnrolled'), t(locale, 'statistics.col.govFinished'), t(locale, 'statistics.col.certificates')],
      rows: f.departments.map((d) => [d.department ?? t(locale, 'statistics.noDepartment'), d.staff, d.enrolled, d.finished, d.certificates]),
    },
    orders: {
      id: 'orders',
      caption: cap('statistics.orders.caption'),
      header: [t(locale, 'statistics.col.figure'), t(locale, 'statistics.col.value')],
      rows: [
        [t(locale, 'statistics.orders.published'), f.orders.published],
        [t(locale, 'statistics.orders.placements'), f.orders.placements],
        [t(locale, 'statistics.orders.hired'), f.orders.hired],
      ],
    },
  };
}

/** The chart beside each table: its row labels (first column) against the column named here. */
const CHART_COLUMN: Record<StatisticsTableId, number> = { months: 1, courses: 3, trained: 1, audiences: 1, institutions: 1, departments: 3, orders: 1 };

export function statisticsCharts(tables: Record<StatisticsTableId, DataTable>, locale: Locale): Record<StatisticsTableId, StatisticsChart> {
  const chart = (id: StatisticsTableId): StatisticsChart => ({
    title: t(locale, `statistics.${id}.chart`),
    bars: tables[id].rows.map((r) => ({ label: String(r[0] ?? ''), value: Number(r[CHART_COLUMN[id]] ?? 0) })),
  });
  return Object.fromEntries(STATISTICS_TABLES.map((id) => [id, chart(id)])) as Record<StatisticsTableId, StatisticsChart>;
}
