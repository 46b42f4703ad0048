/** GET /gov/hours/department.csv?year=: a department head's per-person totals (404 for anyone else). */
import type { APIRoute } from 'astro';
import { t } from '#i18n/index.ts';
import { pageLocale, signedInUser } from '#server/page.ts';
import { getDb } from '#server/db.ts';
import { departmentHours, headedDepartment } from '#lib/study-hours/ledger.ts';
import { formatHours } from '#lib/study-hours/rules.ts';
import { csvResponse, toCsv } from '#lib/stats/csv.ts';
import { requestedYear } from './_hours-page.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals, url }) => {
  const locale = pageLocale(params);
  if (!locale) return new Response(null, { status: 404 });
  const user = signedInUser(locals);
  const db = await getDb();
  const head = await headedDepartment(db, user.id);
  if (!head) return new Response(null, { status: 404 });
  const year = requestedYear(url);
  const dept = await departmentHours(db, { department: head, year });
  const header = ['hours.dept.name', 'hours.dept.email', 'hours.dept.lessons', 'hours.dept.tests', 'hours.dept.scenarios', 'hours.col.hours', 'hours.dept.percent'] as const;
  const rows = dept.people.map((p) => [p.displayName, p.email, p.lessonsCounted, p.testsPassed, p.scenariosPassed, formatHours(p.totalTenths), p.percentOfTarget]);
  return csvResponse(toCsv(header.map((k) => t(locale, k)), rows), `study-hours-department-${year}.csv`);
};
