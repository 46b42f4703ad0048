import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createAdmin, reviewEnterprise, signUp } from '#lib/auth/accounts.ts';
import { auditLog, enterprises } from '#lib/db/schema-org.ts';
import { orderApplications, trainingOrders } from '#lib/db/schema-orders.ts';
import { completeLesson } from '#lib/progress/progress.ts';
import { courseRefOf, defaultCatalogue } from '#lib/progress/catalogue.ts';
import { updateEnterpriseProfile, getEnterpriseView } from '#lib/enterprise/profile.ts';
import { orderFormInput } from '#lib/training-orders/input.ts';
import { createOrder, getPublishedOrder, listOpenOrders, transitionOrder, updateOrder } from '#lib/training-orders/orders.ts';
import { ORDER_TRANSITIONS } from '#lib/training-orders/states.ts';
import { applyToOrder, listMyApplications, moveApplication, respondToOffer, setVisibility, withdrawApplication } from '#lib/training-orders/applications.ts';
import { orderCandidates } from '#lib/training-orders/candidates.ts';
import { answerRetention, dueRetentionTasks, offerByHand, recordPlacement, runMatching } from '#lib/training-orders/flow.ts';
import { OrdersError } from '#lib/training-orders/errors.ts';
import { ORDER_STATES, type OrderState } from '#lib/db/schema-orders.ts';

let t: TestDatabase;
let admin: string;
let entUser: string;
let otherEnt: string;
let pendingEnt: string;
let strong: string;
let weak: string;
let watcher: string;

const T0 = new Date('2026-03-01T02:00:00Z');
const catalogue = () => {
  const c = defaultCatalogue();
  return { courses: new Set(c.courses.map((x) => x.id)), scenarios: new Set(c.scenarioLesson.keys()) };
};

function form(overrides: Record<string, string> = {}) {
  return orderFormInput(() => T0).parse({
    titleZh: '保税仓申报专员订单班',
    descriptionZh: '面向1210网购保税进口的申报与三单对碰训练。',
    requires: 'three-doc-match:10',
    courses: ['customs-clearance'], scenarios: [],
    seats: '1',
    park: 'bonded-logistics',
    trainingStart: '2026-03-20',
    trainingEnd: '2026-04-30',
    stipend: '1500',
    salaryMin: '4500',
    salaryMax: '6000.50',
    hireCount: '1',
    hireRole: '关务专员',
    deadline: '2026-03-10',
    publish: 'open',
    ...overrides,
  });
}

async function expectCode(p: Promise<unknown>, code: OrdersError['code']) {
  await expect(p).rejects.toSatisfy((e) => e instanceof OrdersError && e.code === code);
}

async function enterprise(email: string, name: string, approve: boolean) {
  const u = await signUp(t.db, { role: 'enterprise', email, password: 'a-long-password', displayName: name, enterprise: { name, creditCode: '91210400MA0ABCDE1X' } });
  const ent = (await t.db.select().from(enterprises).where(eq(enterprises.userId, u.id)))[0];
  if (approve && ent) await reviewEnterprise(t.db, { adminId: admin, enterpriseId: ent.id, decision: 'approved' });
  return u.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await createAdmin(t.db, { email: 'admin@example.cn', password: 'a-long-password', displayName: '管理员' })).id;
  entUser = await enterprise('e1@example.cn', '抚顺保税物流有限公司', true);
  otherEnt = await enterprise('e2@example.cn', '新宾药材电商', true);
  pendingEnt = await enterprise('e3@example.cn', '待审企业', false);
  strong = (await signUp(t.db, { role: 'learner', email: 's@example.cn', password: 'a-long-password', displayName: '学员强' })).id;
  weak = (await signUp(t.db, { role: 'learner', email: 'w@example.cn', password: 'a-long-password', displayName: '学员弱' })).id;
  watcher = (await signUp(t.db, { role: 'learner', email: 'v@example.cn', password: 'a-long-password', displayName: '学员观' })).id;
  const course = defaultCatalogue().course.get('customs-clearance');
  if (!course) throw new Error('customs-clearance course missing');
  for (const l of course.lessons.filter((x) => x.skills.includes('three-doc-match'))) {
    await completeLesson(t.db, { userId: strong, course: courseRefOf(course), lessonId: l.id }, T0);
    await completeLesson(t.db, { userId: watcher, course: courseRefOf(course), lessonId: l.id }, T0);
  }
});
afterAll(() => t.cleanup());

describe('the order state table', () => {
  it.each(ORDER_STATES.flatMap((from) => ORDER_STATES.map((to) => [from, to] as const)))('%s → %s is allowed only when the table says so', (from, to) => {
    expect(ORDER_TRANSITIONS[from].includes(to)).toBe(
      ({ draft: ['open', 'cancelled'], open: ['matching', 'cancelled'], matching: ['in_training', 'cancelled'], in_training: ['completed', 'cancelled'], completed: [], cancelled: [] } as Record<OrderState, string[]>)[from].includes(to),
    );
  });
});

describe('enterprise profile and posting', () => {
  it('the enterprise edits its profile (audit-logged); a pending enterprise cannot post', async () => {
    await updateEnterpriseProfile(t.db, { userId: entUser, profile: { name: '抚顺保税物流有限公司', creditCode: '91210400MA0ABCDE1X', industry: '物流', size: 'medium', contactName: '王经理', description: '保税仓储', park: 'bonded-logistics' } }, T0);
    expect((await getEnterpriseView(t.db, entUser))?.profile?.park).toBe('bonded-logistics');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'enterprise.profile-updated'));
    expect(audits).toHaveLength(1);
    await expectCode(createOrder(t.db, { userId: pendingEnt, order: form(), catalogue: catalogue() }, T0), 'NOT_APPROVED');
    expect(await t.db.select().from(trainingOrders)).toHaveLength(0);
  });

  it('a rejected enterprise cannot post either, and nothing is written', async () => {
    const rejectedUser = await enterprise('e4@example.cn', '驳回企业', false);
    const ent = (await t.db.select().from(enterprises).where(eq(enterprises.userId, rejectedUser)))[0];
    if (!ent) throw new Error('enterprise row missing');
    await reviewEnterprise(t.db, { adminId: admin, enterpriseId: ent.id, decision: 'rejected', note: '材料不全' });
    await expectCode(createOrder(t.db, { userId: rejectedUser, order: form(), catalogue: catalogue() }, T0), 'NOT_APPROVED');
    expect(await t.db.select().from(trainingOrders)).toHaveLength(0);
  });

  it('form errors: yuan → fen, seats 0, past deadline, unknown skill, negative money', () => {
    const f = form();
    expect(f.stipend).toBe(150_000);
    expect(f.salaryMax).toBe(600_050);
    const bad = orderFormInput(() => T0).safeParse({ ...Object.fromEntries(Object.entries(form()).map(([k]) => [k, ''])), titleZh: '订单', descriptionZh: '说明', requires: 'no-such-skill:30', seats: '0', stipend: '-5', salaryMin: '1', salaryMax: '2', park: 'bonded-logistics', trainingStart: '2026-03-20', trainingEnd: '2026-04-01', hireCount: '0', hireRole: '岗位', deadline: '2026-02-01', courses: ['customs-clearance'], scenarios: [] });
    expect(bad.success).toBe(false);
    const msgs = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(msgs).toMatchObject({ requires: 'orders.err.unknownSkill', seats: 'orders.err.seats', stipend: 'orders.err.money' });
    const past = orderFormInput(() => T0).safeParse({ ...rawForm(), deadline: '2026-02-01' });
    expect(past.error?.issues.map((i) => i.message)).toContain('orders.err.deadlinePast');
  });
});

function rawForm() {
  return { titleZh: '订单班', descriptionZh: '说明文字', requires: 'three-doc-match:10', courses: ['customs-clearance'], scenarios: [], seats: '1', park: 'bonded-logistics', trainingStart: '2026-03-20', trainingEnd: '2026-04-30', stipend: '0', salaryMin: '1', salaryMax: '2', hireCount: '1', hireRole: '专员', deadline: '2026-03-10', publish: 'open' };
}

describe('the whole loop', () => {
  let orderId: string;

  it('posts an open order that learners find by skill and park; another enterprise cannot touch it', async () => {
    orderId = (await createOrder(t.db, { userId: entUser, order: form(), catalogue: catalogue() }, T0)).id;
    expect((await listOpenOrders(t.db, { skill: 'three-doc-match', park: 'bonded-logistics' }, T0)).map((o) => o.order.id)).toEqual([orderId]);
    expect(await listOpenOrders(t.db, { skill: 'import-tax' }, T0)).toHaveLength(0);
    expect(await listOpenOrders(t.db, { minStipendFen: 150_001 }, T0)).toHaveLength(0);
    await expectCode(transitionOrder(t.db, { userId: otherEnt, orderId, to: 'cancelled' }, T0), 'NOT_FOUND');
    await expectCode(orderCandidates(t.db, { userId: otherEnt, orderId }), 'NOT_FOUND');
    expect((await t.db.select().from(trainingOrders).where(eq(trainingOrders.id, orderId)))[0]?.state).toBe('open');
  });

  it('the enterprise edits its own open order (requirements replaced, audit-logged); another enterprise cannot, and nothing changes', async () => {
    await expectCode(updateOrder(t.db, { userId: otherEnt, orderId, order: form({ titleZh: '改名' }), catalogue: catalogue() }, T0), 'NOT_FOUND');
    await expectCode(updateOrder(t.db, { userId: pendingEnt, orderId, order: form({ titleZh: '改名' }), catalogue: catalogue() }, T0), 'NOT_APPROVED');
    expect((await getPublishedOrder(t.db, orderId)).order.titleZh).toBe('保税仓申报专员订单班');
    await updateOrder(t.db, { userId: entUser, orderId, order: form({ requires: 'three-doc-match:5', seats: '2' }), catalogue: catalogue() }, T0);
    const d = await getPublishedOrder(t.db, orderId);
    expect([d.order.seats, d.requires]).toEqual([2, { 'three-doc-match': 5 }]);
    await updateOrder(t.db, { userId: entUser, orderId, order: form(), catalogue: catalogue() }, T0);
    expect((await getPublishedOrder(t.db, orderId)).requires).toEqual({ 'three-doc-match': 10 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'training-order.edited'))).toHaveLength(2);
  });

  it('an invalid transition is refused and changes nothing', async () => {
    await expectCode(transitionOrder(t.db, { userId: entUser, orderId, to: 'completed' }, T0), 'INVALID_TRANSITION');
    expect((await getPublishedOrder(t.db, orderId)).order.state).toBe('open');
  });

  it('learners apply, rank and withdraw; each sees only their own applications', async () => {
    const a = await applyToOrder(t.db, { learnerId: strong, orderId, statement: '我学过三单对碰。' }, T0);
    await applyToOrder(t.db, { learnerId: weak, orderId, statement: '我想学。' }, T0);
    await expectCode(applyToOrder(t.db, { learnerId: strong, orderId, statement: '再来' }, T0), 'ALREADY_APPLIED');
    await expectCode(withdrawApplication(t.db, { learnerId: weak, applicationId: a.id }, T0), 'NOT_FOUND');
    await expectCode(moveApplication(t.db, { learnerId: weak, applicationId: a.id, direction: 'up' }, T0), 'NOT_FOUND');
    expect((await listMyApplications(t.db, weak)).map((x) => x.app.learnerId)).toEqual([weak]);
    await setVisibility(t.db, { userId: watcher, visible: true, park: 'bonded-logistics' }, T0);
  });

  it('the enterprise sees applicants ranked by fit with the breakdown, and the opted-in candidate', async () => {
    const c = await orderCandidates(t.db, { userId: entUser, orderId });
    expect(c.applicants.map((x) => x.person.userId)).toEqual([strong, weak]);
    expect(c.applicants[0]?.breakdown.eligible).toBe(true);
    expect(c.applicants[1]?.breakdown.eligible).toBe(false);
    expect(c.recommended.map((r) => r.person.userId)).toEqual([watcher]);
    expect(Object.keys(c.recommended[0]?.person ?? {}).sort()).toEqual(['displayName', 'institutionEn', 'institutionZh', 'userId']);
  });

  it('closing applications by hand before the deadline is refused (409) and changes nothing', async () => {
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.target, orderId));
    await expectCode(transitionOrder(t.db, { userId: entUser, orderId, to: 'matching' }, T0), 'BEFORE_DEADLINE');
    expect((await getPublishedOrder(t.db, orderId)).order.state).toBe('open');
    expect(await t.db.select().from(auditLog).where(eq(auditLog.target, orderId))).toEqual(audits);
  });

  it('matching waits for the deadline, then offers the stable assignment; the learner accepts', async () => {
    await expectCode(runMatching(t.db, { userId: entUser, orderId }, T0), 'BEFORE_DEADLINE');
    const after = new Date('2026-03-11T00:00:00Z');
    const run = await runMatching(t.db, { userId: entUser, orderId }, after);
    expect(run.offered).toEqual([strong]);
    const apps = await t.db.select().from(orderApplications).where(eq(orderApplications.orderId, orderId));
    const mine = apps.find((x) => x.learnerId === strong);
    const theirs = apps.find((x) => x.learnerId === weak);
    expect(mine?.status).toBe('offered');
    await expectCode(offerByHand(t.db, { userId: entUser, applicationId: theirs?.id ?? '' }, after), 'NO_SEATS');
    await expectCode(respondToOffer(t.db, { learnerId: weak, applicationId: mine?.id ?? '', accept: true }, after), 'NOT_FOUND');
    await respondToOffer(t.db, { learnerId: strong, applicationId: mine?.id ?? '', accept: true }, after);
    await transitionOrder(t.db, { userId: entUser, orderId, to: 'in_training' }, after);
    await expectCode(updateOrder(t.db, { userId: entUser, orderId, order: form({ seats: '9' }), catalogue: catalogue() }, T0), 'NOT_EDITABLE');
    expect((await getPublishedOrder(t.db, orderId)).order.seats).toBe(1);
    await transitionOrder(t.db, { userId: entUser, orderId, to: 'completed' }, new Date('2026-05-01T00:00:00Z'));
    const transitions = await t.db.select().from(auditLog).where(eq(auditLog.target, orderId));
    expect(transitions.map((x) => x.action)).toEqual(expect.arrayContaining(['training-order.created', 'training-order.matching', 'training-order.in_training', 'training-order.completed']));
  });

  it('a hire schedules the 3-month task on the enterprise home; the answer is kept', async () => {
    const app = (await t.db.select().from(orderApplications).where(eq(orderApplications.learnerId, strong)))[0];
    if (!app) throw new Error('no application');
    await expectCode(recordPlacement(t.db, { userId: otherEnt, applicationId: app.id, placement: { hired: true, placedOn: new Date('2026-05-06T00:00:00Z'), feedback: '' } }), 'NOT_FOUND');
    await recordPlacement(t.db, { userId: entUser, applicationId: app.id, placement: { hired: true, placedOn: new Date('2026-05-06T00:00:00Z'), role: '关务专员', salaryBandMinFen: 450_000, salaryBandMaxFen: 600_000, feedback: '表现很好' } });
    expect(await dueRetentionTasks(t.db, entUser, new Date('2026-08-05T00:00:00Z'))).toHaveLength(0);
    const due = await dueRetentionTasks(t.db, entUser, new Date('2026-08-06T00:00:00Z'));
    expect(due.map((d) => d.months)).toEqual([3]);
    expect(await dueRetentionTasks(t.db, otherEnt, new Date('2026-08-06T00:00:00Z'))).toHaveLength(0);
    await expectCode(answerRetention(t.db, { userId: otherEnt, applicationId: app.id, months: 3, stillEmployed: false }, new Date('2026-08-06T00:00:00Z')), 'NOT_FOUND');
    await answerRetention(t.db, { userId: entUser, applicationId: app.id, months: 3, stillEmployed: true }, new Date('2026-08-07T00:00:00Z'));
    expect(await dueRetentionTasks(t.db, entUser, new Date('2026-08-08T00:00:00Z'))).toHaveLength(0);
    expect((await dueRetentionTasks(t.db, entUser, new Date('2026-11-06T00:00:00Z'))).map((d) => d.months)).toEqual([6]);
  });
});
