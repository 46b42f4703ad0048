/** GET /gov/hours/ledger.csv?year=: the signed-in user's study-hour ledger (UTF-8 CSV with BOM). */
import type { APIRoute } from 'astro';
import { t } from '#i18n/index.ts';
import { formatDate } from '#i18n/format.ts';
import { pageLocale, signedInUser } from '#server/page.ts';
import { getDb } from '#server/db.ts';
import { gradedScenarioRefs, lessonTitles } from '#server/content.ts';
import { studyLedger } from '#lib/study-hours/ledger.ts';
import { formatHours } from '#lib/study-hours/rules.ts';
import { csvResponse, toCsv } from '#lib/stats/csv.ts';
import { ledgerRows, requestedYear } from './_hours-page.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals, url }) => {
  const locale = pageLocale(params);
  if (!locale) return new Response(null, { status: 404 });
  const user = signedInUser(locals);
  const year = requestedYear(url);
  const [ledger, titles, scenarioRefs] = await Promise.all([studyLedger(await getDb(), { userId: user.id, department: user.department, year }), lessonTitles(locale), gradedScenarioRefs(locale)]);
  const rows = ledgerRows(ledger, titles, scenarioRefs, locale).map((r) => [formatDate(r.at, locale), `${r.item}${t(locale, 'punct.colon')}${r.title}`, r.reason, r.hours]);
  const header = [t(locale, 'hours.col.date'), t(locale, 'hours.col.item'), t(locale, 'hours.col.reason'), t(locale, 'hours.col.hours')];
  return csvResponse(toCsv(header, [...rows, [t(locale, 'hours.total'), '', '', formatHours(ledger.totalTenths)]]), `study-hours-${year}.csv`);
};
