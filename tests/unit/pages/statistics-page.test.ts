import { describe, expect, it } from 'vitest';
import { STATISTICS_TABLES, statisticsCharts, statisticsTables } from '#pages/[...lang]/statistics/_statistics-page.ts';
import type { PeriodFigures } from '#lib/stats/period.ts';

const figures: PeriodFigures = {
  period: { from: '2026-01', to: '2026-02' },
  months: [
    { month: '2026-01', enrolments: 5, certificates: 1, placements: 0 },
    { month: '2026-02', enrolments: 7, certificates: 2, placements: 1 },
  ],
  courses: [{ courseId: 'logistics', enrolled: 4, finished: 2, certificates: 3 }],
  trained: [
    { institutionId: 'lnpu', learners: 9 },
    { institutionId: null, learners: 2 },
  ],
  audiences: [
    { role: 'learner', enrolments: 10, certificates: 2 },
    { role: 'enterprise', enrolments: 1, certificates: 0 },
    { role: 'government', enrolments: 1, certificates: 1 },
  ],
  institutions: [{ institutionId: 'sylg', certificates: 3 }],
  departments: [{ department: null, staff: 3, enrolled: 2, finished: 1, certificates: 1 }],
  orders: { published: 2, placements: 1, hired: 1 },
};
const names = { course: (id: string) => `课程 ${id}`, institution: (id: string) => `院校 ${id}` };

describe('statistics page model', () => {
  it('has the learners-trained table by the learner’s institution, with the row without one in words', () => {
    const tables = statisticsTables(figures, names, 'zh-CN');
    expect(tables.trained.header).toEqual(['学员所在院校', '结业学员']);
    expect(tables.trained.rows).toEqual([
      ['院校 lnpu', 9],
      ['非合作院校', 2],
    ]);
    expect(statisticsTables(figures, names, 'en').trained.caption).toBe('By the learners’ institution: learners who finished a course in the period · 2026-01 to 2026-02');
  });

  it('gives every table a chart whose bars are the table’s rows', () => {
    const tables = statisticsTables(figures, names, 'en');
    const charts = statisticsCharts(tables, 'en');
    for (const id of STATISTICS_TABLES) {
      expect(charts[id].title).toMatch(/^Bar chart/);
      expect(charts[id].bars.map((b) => b.label)).toEqual(tables[id].rows.map((r) => r[0]));
    }
    expect(charts.months.bars.map((b) => b.value)).toEqual([5, 7]);
    expect(charts.courses.bars).toEqual([{ label: '课程 logistics', value: 3 }]);
    expect(charts.trained.bars.map((b) => b.value)).toEqual([9, 2]);
    expect(charts.departments.bars).toEqual([{ label: 'No department given', value: 1 }]);
    expect(charts.orders.bars.map((b) => b.value)).toEqual([2, 1, 1]);
  });
});
