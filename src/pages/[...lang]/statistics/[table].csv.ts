/** GET /statistics/<table>.csv?from=&to=: one table of the statistics page (UTF-8 CSV with BOM). */
import type { APIRoute } from 'astro';
import { pageLocale } from '#server/page.ts';
import { getDb } from '#server/db.ts';
import { loadStatistics } from '#server/statistics-page.ts';
import { csvResponse, tableCsv } from '#lib/stats/csv.ts';
import { STATISTICS_TABLES, type StatisticsTableId } from './_statistics-page.ts';

export const prerender = false;

const isTable = (s: string | undefined): s is StatisticsTableId => STATISTICS_TABLES.includes(s as StatisticsTableId);

export const GET: APIRoute = async ({ params, url }) => {
  const locale = pageLocale(params);
  if (!locale || !isTable(params.table)) return new Response(null, { status: 404 });
  const { period, tables } = await loadStatistics(await getDb(), url, locale);
  return csvResponse(tableCsv(tables[params.table]), `statistics-${params.table}-${period.from}-${period.to}.csv`);
};
