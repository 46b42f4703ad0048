/** GET /instructor/classes/<id>/<table>.csv: one of the class page's tables (UTF-8 CSV with BOM); 404 outside the instructor's institution. */
import type { APIRoute } from 'astro';
import { pageLocale, signedInUser } from '#server/page.ts';
import { getDb } from '#server/db.ts';
import { loadClassPage } from '#server/class-page.ts';
import { csvResponse, tableCsv } from '#lib/stats/csv.ts';
import { CLASS_TABLES, type ClassTableId } from '../_class-page.ts';

export const prerender = false;

const isTable = (s: string | undefined): s is ClassTableId => CLASS_TABLES.includes(s as ClassTableId);

export const GET: APIRoute = async ({ params, locals }) => {
  const locale = pageLocale(params);
  if (!locale || !isTable(params.table)) return new Response(null, { status: 404 });
  const page = await loadClassPage(await getDb(), signedInUser(locals), params.id ?? '', locale);
  if (!page) return new Response(null, { status: 404 });
  return csvResponse(tableCsv(page.tables[params.table]), `class-${page.cls.id}-${params.table}.csv`);
};
