/**
 * `npm run bench:dashboards`: server time of every dashboard's data at scale (run
 * `npm run db:seed:scale -- --learners 100000` first), median and p95 of repeated runs, and the
 * query plans of the queries whose cost grows with the data. Reads DATABASE_URL, by default
 * `file:data/scale.db`. Prints figures; a dashboard over 200 ms is marked.
 */
import { resolve } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { readCatalogue } from '#lib/progress/catalogue.ts';
import { learnerProfile } from '#lib/progress/profile.ts';
import { listCertificates, findCertificate } from '#lib/certificates/certificates.ts';
import { taughtLearner, taughtLearners } from '#lib/stats/instructor.ts';
import { getTrainingFigures } from '#lib/stats/training.ts';
import { getPeriodFigures, parsePeriod } from '#lib/stats/period.ts';
import { classAnalytics } from '#lib/classes/analytics.ts';
import { departmentHours } from '#lib/study-hours/ledger.ts';
import { shanghaiYear } from '#lib/study-hours/rules.ts';
import { listDesk } from '#lib/workbench/regulator-desk.ts';
import { declarationFigures, institutionLearnerStats } from '#lib/workbench/stats.ts';
import { listPendingEnterprises } from '#lib/admin/queries.ts';
import { listInvites } from '#lib/admin/invites.ts';
import { listInstitutions } from '#lib/admin/institutions.ts';
import { listAuditLog } from '#lib/admin/audit.ts';
import { activeLimits } from '#lib/auth/rate-limit.ts';
import { periodOf, talentView } from '#lib/training-orders/talent.ts';
import { openScriptDatabase, ROOT } from './db.ts';

process.env['DATABASE_URL'] ??= 'file:data/scale.db';
const BUDGET_MS = 200;
const RUNS = 9;
const catalogue = readCatalogue(resolve(ROOT, 'content'));
const { db, client } = await openScriptDatabase();

const learners = Number((await db.all<{ n: number }>(sql`select count(*) as n from users where role = 'learner'`))[0]?.n ?? 0);
const sample = (await db.all<{ id: string }>(sql`select id from users where id like 'scale-%' order by id limit 1 offset 4321`))[0]?.id ?? 'scale-1';
const cert = (await db.all<{ id: string }>(sql`select id from certificates limit 1`))[0]?.id ?? 'AAAAAAAAAAAAAAAAAAAAAA';
console.log(`database ${process.env['DATABASE_URL']}: ${learners.toLocaleString('en')} learners`);

async function measure(name: string, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[times.length - 1] ?? 0;
  console.log(`${name.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   max ${p95.toFixed(1).padStart(7)} ms${median > BUDGET_MS ? '   OVER 200 ms' : ''}`);
}

await measure('learner home (profile + certificates)', () => Promise.all([learnerProfile(db, sample, catalogue), listCertificates(db, sample)]));
await measure('instructor desk, page 1 (lnpu)', () => taughtLearners(db, { institutionId: 'lnpu', page: 1 }, catalogue));
await measure('instructor desk, page 300 (lnpu)', () => taughtLearners(db, { institutionId: 'lnpu', page: 300 }, catalogue));
await measure('instructor drill-down (one learner)', async () => (await taughtLearner(db, 'lnpu', sample, catalogue)) && learnerProfile(db, sample, catalogue));
await measure('government statistics (training figures)', () => getTrainingFigures(db));
await measure('certificate verification page', () => findCertificate(db, cert));
const govCourseIds = catalogue.courses.filter((c) => c.audiences.includes('government')).map((c) => c.id);
await measure('statistics by period (last 12 months)', () => getPeriodFigures(db, { period: parsePeriod({}), govCourseIds, courseIds: catalogue.courses.map((c) => c.id) }));
await measure('statistics by period (36 months)', () => getPeriodFigures(db, { period: parsePeriod({ from: '2024-01', to: '2026-12' }), govCourseIds, courseIds: catalogue.courses.map((c) => c.id) }));
const demoClass = (await db.all<{ id: string }>(sql`select id from classes limit 1`))[0]?.id;
if (demoClass) await measure('class view (demo class analytics)', () => classAnalytics(db, { classId: demoClass, courseIds: ['payment-finance', 'customs-clearance'] }, catalogue));
await measure('department study hours (demo department)', () => departmentHours(db, { department: '抚顺市商务局', year: shanghaiYear(new Date()) }));
await measure('admin home (all its reads)', () => Promise.all([listPendingEnterprises(db), listInvites(db), listInstitutions(db), listAuditLog(db, 10), activeLimits(db), getTrainingFigures(db)]));
await measure('talent view (last 12 months)', () => talentView(db, periodOf({})));

const governmentViewer = { id: (await db.all<{ id: string }>(sql`select id from users where role = 'government' limit 1`))[0]?.id ?? 'none', role: 'government', institutionId: null };
const instructorViewer = { id: (await db.all<{ id: string }>(sql`select id from users where role = 'instructor' limit 1`))[0]?.id ?? 'none', role: 'instructor', institutionId: 'lnpu' };
await measure('regulator desk, government (aggregates)', () => Promise.all([listDesk(db, governmentViewer), declarationFigures(db)]));
await measure('regulator desk, instructor, page 1 (lnpu)', () => Promise.all([listDesk(db, instructorViewer), declarationFigures(db), institutionLearnerStats(db, { institutionId: 'lnpu', page: 1 })]));
await measure('regulator desk, instructor, page 300 (lnpu)', () => Promise.all([listDesk(db, instructorViewer), declarationFigures(db), institutionLearnerStats(db, { institutionId: 'lnpu', page: 300 })]));

async function plan(label: string, query: SQL): Promise<void> {
  const rows = await db.all<{ detail: string }>(sql`explain query plan ${query}`);
  console.log(`\nplan: ${label}`);
  for (const r of rows) console.log(`  ${r.detail}`);
}
const lnpuCourses = JSON.stringify(catalogue.courses.filter((c) => c.partner === 'lnpu').map((c) => c.id));
await plan(
  'instructor desk page',
  sql`select u.id from users u where u.role = 'learner' and (u.institution_id = 'lnpu' or exists (select 1 from enrolments e where e.user_id = u.id and e.course_id in (select value from json_each(${lnpuCourses})))) order by u.display_name, u.id limit 50`,
);
await plan(
  'instructor desk count',
  sql`select count(*) from users u where u.role = 'learner' and (u.institution_id = 'lnpu' or exists (select 1 from enrolments e where e.user_id = u.id and e.course_id in (select value from json_each(${lnpuCourses}))))`,
);
await plan('regulator: queue (held declarations)', sql`select d.id from sandbox_declarations d join users u on u.id = d.user_id left join sandbox_stores s on s.id = d.store_id left join sandbox_orders o on o.id = d.order_id where d.status in ('review', 'inspection') order by d.created_at`);
await plan('regulator: declarations by status', sql`select d.status, count(*), sum(d.attempt = 1) from sandbox_declarations d group by d.status`);
await plan('regulator: learners who declared', sql`select count(*) from (select distinct d.user_id from sandbox_declarations d)`);
await plan('regulator: rejected first attempts once accepted', sql`select count(*) from sandbox_declarations d where d.status = 'rejected' and d.attempt = 1 and exists (select 1 from sandbox_declaration_events e where e.declaration_id = d.id and e.status = 'accepted')`);
await plan('regulator: institution learners page', sql`select u.id from users u where u.institution_id = 'lnpu' and u.role = 'learner' and exists (select 1 from sandbox_declarations d where d.user_id = u.id) order by u.display_name, u.id limit 50 offset 14950`);
await plan('regulator: error codes of a page', sql`select d.user_id, json_extract(f.value, '$.code') as code, count(*) from sandbox_declarations d, json_each(d.findings) f where d.user_id in (select value from json_each(${JSON.stringify([sample])})) and json_extract(f.value, '$.severity') = 'error' group by d.user_id, code`);
await plan('profile: quiz attempts of a batch', sql`select * from quiz_attempts where user_id in (select value from json_each(${JSON.stringify([sample])})) order by id`);
await plan('profile: declarations with first-time acceptance', sql`select d.id, exists (select 1 from sandbox_declaration_events e where e.declaration_id = d.id and e.status = 'accepted') from sandbox_declarations d where d.user_id in (select value from json_each(${JSON.stringify([sample])}))`);
await plan('statistics: quiz attempts by course', sql`select course_id, count(*), sum(passed) from quiz_attempts group by course_id`);
await plan('statistics: enrolments by course', sql`select course_id, count(*), count(completed_at) from enrolments group by course_id`);
await plan('talent: learners at a level of a skill', sql`select count(*) from learner_skill_levels where skill = 'cbec-basics' and level >= 50`);
await plan('talent: queued learners', sql`select id, user_id from skill_level_queue order by id limit 500`);
await plan(
  'talent: placements of the period',
  sql`select p.application_id from placements p join order_applications a on a.id = p.application_id join users u on u.id = a.learner_id join training_orders o on o.id = a.order_id where p.recorded_at >= 0 and p.recorded_at < 1`,
);
await plan('admin: pending enterprises', sql`select e.id from enterprises e join users u on u.id = e.user_id where e.status = 'pending' order by e.created_at`);
await plan('admin: latest audit lines', sql`select a.id from audit_log a left join users u on u.id = a.actor_id order by a.at desc, a.id desc limit 10`);
client.close();
