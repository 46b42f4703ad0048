/**
 * The regulator's desk scope on the built server (issue 16, finding 5): a held declaration opens for any
 * reviewer; a decided one only for the reviewer who decided it or an instructor of the learner's own
 * institution — to anyone else `/regulator/<id>` answers the same 404 as an unknown id. The seeded demo
 * learner (institution fvtc) has held and cleared declarations; the demo instructor is of lnpu and the
 * demo government reviewer decided none of them.
 */
import { and, eq } from 'drizzle-orm';
import { declarationEvents, declarations } from '#lib/db/schema-sandbox.ts';
import { users } from '#lib/db/schema-auth.ts';
import { expect, test } from './fixtures.ts';
import { DEMO } from './helpers.ts';

test('a decided declaration of another institution is 404 on the desk; a held one opens', async ({ page, signInAs, e2eDatabase }) => {
  const { db } = e2eDatabase;
  const [learner] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.learner.email)).limit(1);
  const [reviewer] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.government.email)).limit(1);
  const own = await db.select({ id: declarations.id, status: declarations.status }).from(declarations).where(eq(declarations.userId, learner!.id));
  const held = own.find((d) => d.status === 'review' || d.status === 'inspection');
  const cleared = own.find((d) => d.status === 'cleared');
  expect(held, 'the demo learner has a held declaration').toBeDefined();
  expect(cleared, 'the demo learner has a cleared declaration').toBeDefined();
  const decidedByReviewer = await db
    .select({ id: declarationEvents.id })
    .from(declarationEvents)
    .where(and(eq(declarationEvents.declarationId, cleared!.id), eq(declarationEvents.actorId, reviewer!.id)));
  expect(decidedByReviewer, 'the demo reviewer did not decide it').toEqual([]);

  for (const who of [DEMO.instructor, DEMO.government]) {
    await page.context().clearCookies();
    await signInAs(who);
    expect((await page.request.get(`/regulator/${held!.id}`, { maxRedirects: 0 })).status(), `${who.email}: held`).toBe(200);
    expect((await page.request.get(`/regulator/${cleared!.id}`, { maxRedirects: 0 })).status(), `${who.email}: cleared`).toBe(404);
    expect((await page.request.get(`/en/regulator/${cleared!.id}`, { maxRedirects: 0 })).status(), `${who.email}: cleared, English`).toBe(404);
    expect((await page.request.get('/regulator/no-such-declaration', { maxRedirects: 0 })).status(), `${who.email}: unknown`).toBe(404);
  }
});

test('government users get aggregates only: no learner is named on the desk or a held declaration', async ({ page, signInAs, e2eDatabase }) => {
  const { db } = e2eDatabase;
  const [learner] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.email, DEMO.learner.email)).limit(1);
  const own = await db.select({ id: declarations.id, status: declarations.status }).from(declarations).where(eq(declarations.userId, learner!.id));
  const held = own.find((d) => d.status === 'review' || d.status === 'inspection');
  expect(held, 'the demo learner has a held declaration').toBeDefined();
  // the demo instructor is of lnpu, the demo learner of fvtc: neither reviewer may read the name
  for (const who of [DEMO.government, DEMO.instructor]) {
    await page.context().clearCookies();
    await signInAs(who);
    for (const path of ['/regulator', '/en/regulator', `/regulator/${held!.id}`]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), `${who.email}: ${path}`).toBe(200);
      const html = await res.text();
      expect(html, `${who.email}: ${path} shows the declarations`).toContain(path.startsWith('/en') ? 'All declarations in aggregate' : '海关审核台');
      expect(html.includes(learner!.name), `${who.email}: ${path} names the learner`).toBe(false);
    }
  }
});
