import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createAdmin, reviewEnterprise, signUp } from '#lib/auth/accounts.ts';
import { enterprises } from '#lib/db/schema-org.ts';
import { declarations, storeOrders } from '#lib/db/schema-sandbox.ts';
import { teamComments, teams } from '#lib/db/schema-incubation.ts';
import { createStore } from '#lib/workbench/stores.ts';
import { commentOnTeam, createTeam, IncubationError, joinTeam, linkStore, mentorTeam, milestonesOf, publicShowcase, publishShowcase, teamView, type IncubationErrorCode } from '#lib/incubation/teams.ts';
import { OrdersError } from '#lib/training-orders/errors.ts';

let t: TestDatabase;
const learners: string[] = [];
let mentor: string;
let pendingEnt: string;
const T0 = new Date('2026-05-01T02:00:00Z');

async function expectCode(p: Promise<unknown>, code: IncubationErrorCode) {
  await expect(p).rejects.toSatisfy((e) => e instanceof IncubationError && e.code === code);
}

let adminId: string | undefined;
async function enterprise(email: string, approve: boolean) {
  const u = await signUp(t.db, { role: 'enterprise', email, password: 'a-long-password', displayName: `企业${email}`, enterprise: { name: `公司${email}`, creditCode: '91210400MA0ABCDE1X' } });
  const ent = (await t.db.select().from(enterprises).where(eq(enterprises.userId, u.id)))[0];
  if (approve && ent) {
    adminId ??= (await createAdmin(t.db, { email: 'admin@example.cn', password: 'a-long-password', displayName: '综试区办公室' })).id;
    await reviewEnterprise(t.db, { adminId, enterpriseId: ent.id, decision: 'approved' });
  }
  return u.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  for (let i = 0; i < 7; i++) learners.push((await signUp(t.db, { role: 'learner', email: `l${i}@example.cn`, password: 'a-long-password', displayName: `学员${i}` })).id);
  mentor = await enterprise('m@example.cn', true);
  pendingEnt = await enterprise('p@example.cn', false);
});
afterAll(() => t.cleanup());

describe('incubation teams', () => {
  it('teams of 2 to 5: one team per learner, a sixth member is refused, a team of one cannot publish', async () => {
    const [a, b, c, d, e, f] = learners as [string, string, string, string, string, string];
    const team = await createTeam(t.db, { userId: a, name: '参茸出海', niche: '林下参礼盒', industry: 'herbal-medicine' }, T0);
    await expectCode(publishShowcase(t.db, { userId: a, teamId: team.id, text: '我们的展示介绍文字。' }, T0), 'TEAM_TOO_SMALL');
    for (const u of [b, c, d, e]) await joinTeam(t.db, { userId: u, code: team.joinCode.toLowerCase() }, T0);
    await expectCode(joinTeam(t.db, { userId: f, code: team.joinCode }, T0), 'TEAM_FULL');
    await expectCode(createTeam(t.db, { userId: b, name: '另一队', niche: '木制品', industry: 'wood-products' }, T0), 'ALREADY_IN_TEAM');
    await expectCode(joinTeam(t.db, { userId: f, code: 'NOSUCHCODE' }, T0), 'NOT_FOUND');
    expect((await teamView(t.db, { userId: c, teamId: team.id })).members).toHaveLength(5);
  });

  it('only the lead links a store, and only one of their own; milestones come from the sandbox data', async () => {
    const team = (await t.db.select().from(teams))[0]!;
    const [lead, member, , , , outsider] = learners as [string, string, string, string, string, string];
    const own = await createStore(t.db, { ownerId: lead, name: '参茸小店', businessModel: 'export-9610', creditTier: 'general' }, T0);
    const foreign = await createStore(t.db, { ownerId: outsider, name: '别人的店', businessModel: 'export-9610', creditTier: 'general' }, T0);
    await expectCode(linkStore(t.db, { userId: member, teamId: team.id, storeId: own.id }), 'NOT_LEAD');
    await expectCode(linkStore(t.db, { userId: lead, teamId: team.id, storeId: foreign.id }), 'NOT_FOUND');
    let m = await milestonesOf(t.db, team);
    expect(m.map((x) => x.at !== null)).toEqual([false, false, false, false]);
    await linkStore(t.db, { userId: lead, teamId: team.id, storeId: own.id }, T0);
    const linked = (await t.db.select().from(teams).where(eq(teams.id, team.id)))[0]!;
    m = await milestonesOf(t.db, linked);
    expect(m[0]?.at).toEqual(own.createdAt);
    expect(m[1]?.at).toBeNull();
    // 20 released orders and a released declaration, as the workbench records them.
    for (let i = 0; i < 20; i++) {
      const id = `o${i}`;
      await t.db.insert(storeOrders).values({ id, storeId: own.id, orderNo: `NO${i}`, buyer: '{}', lines: '[]', goodsFen: 100, freightFen: 0, status: i < 19 ? 'released' : 'open', createdAt: new Date(T0.getTime() + i * 60_000) });
    }
    await t.db.insert(declarations).values({ id: 'd1', userId: member, storeId: own.id, orderId: 'o0', kind: 'export-set', status: 'released', attempt: 1, findings: '[]', asOf: '2026-05-01', createdAt: T0, updatedAt: new Date(T0.getTime() + 5_000) });
    m = await milestonesOf(t.db, linked);
    expect(m[1]?.at).toEqual(new Date(T0.getTime() + 5_000));
    expect(m[2]).toMatchObject({ at: null, progress: { done: 19, goal: 20 } });
    await t.db.update(storeOrders).set({ status: 'released' }).where(eq(storeOrders.id, 'o19'));
    m = await milestonesOf(t.db, linked);
    expect(m[2]?.at).toEqual(new Date(T0.getTime() + 19 * 60_000));
  });

  it('an approved enterprise mentors one team and comments; a pending one cannot; outsiders see nothing', async () => {
    const team = (await t.db.select().from(teams))[0]!;
    const outsider = learners[5]!;
    await expect(mentorTeam(t.db, { userId: pendingEnt, teamId: team.id }, T0)).rejects.toSatisfy((e) => e instanceof OrdersError && e.code === 'NOT_APPROVED');
    await mentorTeam(t.db, { userId: mentor, teamId: team.id }, T0);
    await expectCode(mentorTeam(t.db, { userId: mentor, teamId: team.id }, T0), 'HAS_MENTOR');
    await commentOnTeam(t.db, { userId: mentor, teamId: team.id, body: '先做日本市场。' }, T0);
    await expectCode(commentOnTeam(t.db, { userId: outsider, teamId: team.id, body: '路过' }, T0), 'NOT_FOUND');
    await expectCode(teamView(t.db, { userId: outsider, teamId: team.id }), 'NOT_FOUND');
    await expectCode(teamView(t.db, { userId: pendingEnt, teamId: team.id }), 'NOT_FOUND');
    expect(await t.db.select().from(teamComments)).toHaveLength(1);
    expect((await teamView(t.db, { userId: mentor, teamId: team.id })).role).toBe('mentor');
  });

  it('the showcase is public once published and carries display names only', async () => {
    const team = (await t.db.select().from(teams))[0]!;
    expect(await publicShowcase(t.db, team.id)).toBeNull();
    await publishShowcase(t.db, { userId: learners[1]!, teamId: team.id, text: '林下参礼盒，9610 出口日韩。' }, T0);
    const s = await publicShowcase(t.db, team.id);
    expect([...(s?.members ?? [])].sort()).toEqual(['学员0', '学员1', '学员2', '学员3', '学员4']);
    expect(s?.milestones.at(-1)?.at).toEqual(T0);
    expect(JSON.stringify(s)).not.toMatch(/@example\.cn|joinCode|leadId|mentorId/);
  });
});
