/** What the statistics page and its CSV downloads read: the period from the URL, its figures and their tables. */
import { pick, type Locale } from '#i18n/locales.ts';
import type { Db } from '#lib/db/client.ts';
import { getPeriodFigures, parsePeriod } from '#lib/stats/period.ts';
import { statisticsCharts, statisticsTables } from '#pages/[...lang]/statistics/_statistics-page.ts';
import { listCourseSummaries, listPartners } from './content.ts';

export async function loadStatistics(db: Db, url: URL, locale: Locale) {
  const period = parsePeriod({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  const [courses, partners] = await Promise.all([listCourseSummaries(), listPartners()]);
  const govCourseIds = courses.filter((c) => c.data.audiences.includes('government')).map((c) => c.id);
  const figures = await getPeriodFigures(db, { period, govCourseIds, courseIds: courses.map((c) => c.id) });
  const course = (id: string) => {
    const c = courses.find((x) => x.id === id);
    return c ? pick(c.data.title, locale) : id;
  };
  const institution = (id: string) => {
    const p = partners.find((x) => x.id === id);
    return p ? pick(p.name, locale) : id;
  };
  const tables = statisticsTables(figures, { course, institution }, locale);
  return { period, tables, charts: statisticsCharts(tables, locale) };
}
