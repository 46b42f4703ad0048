/** The talent view's tables as one CSV (UTF-8 with BOM so Excel opens the Chinese), for the same period as the page. */
import type { APIRoute } from 'astro';
import { t } from '#i18n/index.ts';
import { localeFromParam } from '#i18n/locales.ts';
import { getDb } from '#server/db.ts';
import { periodOf, talentView, toCsv } from '#lib/training-orders/talent.ts';
import { talentTables } from './_tables.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, url }) => {
  const locale = localeFromParam(params['lang']);
  if (!locale) return new Response('not found', { status: 404 });
  const period = periodOf({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  const tables = talentTables(await talentView(await getDb(), period), locale);
  const rows: (string | number)[][] = [[t(locale, 'talent.title'), `${period.fromText} – ${period.toText}`]];
  for (const table of tables) rows.push([], [table.title], table.head, ...table.rows);
  return new Response(toCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="talent-${period.fromText}-${period.toText}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
