/**
 * Demo data of order-based training, made through the same domain functions the pages call
 * (sign-up, the admin's review, profile edits, posting orders, applying, matching, answering
 * offers, state moves, placements, retention answers). History is made by passing earlier
 * clocks, so the completed order went through every step in its time. Runs once: skipped when
 * the demo enterprise already has an order.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { enterprises } from '../db/schema-org.ts';
import { trainingOrders } from '../db/schema-orders.ts';
import { reviewEnterprise, signUp } from '../auth/accounts.ts';
import { loadContent } from '../content/check.ts';
import { gradeQuiz, type QuizAnswers } from '../courses/quiz.ts';
import { updateEnterpriseProfile } from '../enterprise/profile.ts';
import { courseRefOf, readCatalogue } from '../progress/catalogue.ts';
import { learnerProfile } from '../progress/profile.ts';
import { recordQuizAttempt } from '../progress/progress.ts';
import { applyToOrder, moveApplication, respondToOffer, setVisibility } from './applications.ts';
import { answerRetention, recordPlacement, runMatching } from './flow.ts';
import type { OrderFormInput } from './input.ts';
import { createOrder, orderCatalogue, transitionOrder } from './orders.ts';
import { commentOnTeam, createTeam, joinTeam, linkStore, mentorTeam, publishShowcase } from '../incubation/teams.ts';
import { createStore } from '../workbench/stores.ts';

const DAY = 86_400_000;

/** Demo trainees (accounts for the demo only; they study through the real quiz path). */
const TRAINEES = [
  { email: 'trainee1@demo.academy', name: '陈静（演示学员）', institutionId: 'lnpu', study: { 'cbec-fundamentals': 6, 'customs-clearance': 4 } },
  { email: 'trainee2@demo.academy', name: '刘洋（演示学员）', institutionId: 'sylg', study: { 'cbec-fundamentals': 6, 'import-tax': 3 } },
  { email: 'trainee3@demo.academy', name: '孙悦（演示学员）', institutionId: 'fvtc', study: { 'cbec-fundamentals': 4 } },
  { email: 'trainee4@demo.academy', name: '周航（演示学员）', institutionId: 'lnpu', study: { 'cbec-fundamentals': 6, logistics: 3 } },
  { email: 'trainee5@demo.academy', name: '吴婷（演示学员）', institutionId: 'sylg', study: { 'cbec-fundamentals': 2, 'store-operations': 3 } },
] as const;

/** The other demo enterprises; each has an open order with applicants. */
const OTHER_ENTERPRISES = [
  { email: 'wood@demo.academy', name: '王磊（演示企业）', company: '抚顺东北亚木业跨境贸易有限公司', creditCode: '91210421MA0W0D001K', park: 'wood-products', industry: '木制品出口' },
  { email: 'herbs@demo.academy', name: '李娜（演示企业）', company: '新宾道地药材电子商务有限公司', creditCode: '91210422MA0HERB017', park: 'herbal-medicine', industry: '中药材跨境电商' },
] as const;

const DEMO_PASSWORD = 'demo-trainee-2026';

/** Names of people and companies in this demo data (they stay Chinese on English pages). */
export const DEMO_TRAINING_NAMES: readonly string[] = [...TRAINEES.map((t) => t.name), ...OTHER_ENTERPRISES.flatMap((e) => [e.name, e.company])];

function keyed(quiz: { questions: readonly { id: string; answer: readonly string[] }[] }): QuizAnswers {
  return Object.fromEntries(quiz.questions.map((q) => [q.id, [...q.answer]]));
}

async function userId(db: Db, email: string): Promise<string | undefined> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0]?.id;
}

/** A demo order's form values: the fields each demo order does not set take these. */
function order(o: Partial<OrderFormInput> & Pick<OrderFormInput, 'titleZh' | 'requires' | 'park' | 'deadline' | 'seats'>, start: Date): OrderFormInput {
  return {
    titleEn: undefined,
    descriptionZh: `${o.titleZh}：结合企业实际岗位需求的订单式培训，完成指定课程与沙盒场景，结业考核合格后按承诺录用。`,
    descriptionEn: undefined,
    brief: undefined,
    courses: ['cbec-fundamentals'],
    scenarios: [],
    trainingStart: start,
    trainingEnd: new Date(start.getTime() + 30 * DAY),
    stipend: 150_000,
    salaryMin: 450_000,
    salaryMax: 650_000,
    hireCount: Math.min(o.seats, 2),
    hireRole: '跨境电商专员',
    publish: 'open',
    orderId: undefined,
    ...o,
  };
}

export interface TrainingDemoResult {
  created: boolean;
  orders: number;
}

export async function seedTrainingDemo(db: Db, input: { contentRoot: string; now: Date }): Promise<TrainingDemoResult> {
  const now = input.now;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const entUser = await userId(db, 'enterprise@demo.academy');
  const adminId = await userId(db, 'admin@demo.academy');
  const learnerId = await userId(db, 'learner@demo.academy');
  if (!entUser || !adminId || !learnerId) return { created: false, orders: 0 };
  const ent = (await db.select().from(enterprises).where(eq(enterprises.userId, entUser)).limit(1))[0];
  if (!ent) return { created: false, orders: 0 };
  if ((await db.select({ id: trainingOrders.id }).from(trainingOrders).where(eq(trainingOrders.enterpriseId, ent.id)).limit(1)).length > 0) return { created: false, orders: 0 };

  // Trainees who study through the real quiz path, so their skill levels are evidence.
  const content = loadContent(input.contentRoot);
  const catalogue = readCatalogue(input.contentRoot);
  const quizOf = new Map(content.lessons.map((l) => [`${l.course}/${l.slug}`, l.data.quiz]));
  const trainees: string[] = [];
  for (const tr of TRAINEES) {
    const id = (await userId(db, tr.email)) ?? (await signUp(db, { role: 'learner', email: tr.email, password: DEMO_PASSWORD, displayName: tr.name, institutionId: tr.institutionId }, ago(400))).id;
    trainees.push(id);
    for (const [courseId, count] of Object.entries(tr.study)) {
      const course = catalogue.course.get(courseId);
      if (!course) continue;
      for (const lesson of course.lessons.slice(0, count)) {
        const quiz = quizOf.get(lesson.id);
        if (!quiz) continue;
        const answers = keyed(quiz);
        await recordQuizAttempt(db, { userId: id, course: courseRefOf(course), lessonId: lesson.id, answers, grade: gradeQuiz(quiz, answers), durationMs: 300_000 }, ago(60));
      }
    }
  }
  const [t1, t2, t3, t4, t5] = trainees as [string, string, string, string, string];
  await setVisibility(db, { userId: t4, visible: true, park: 'bonded-logistics' }, ago(30));
  await setVisibility(db, { userId: learnerId, visible: false, park: 'bonded-logistics' }, ago(30));

  // Three approved enterprises in three parks.
  await updateEnterpriseProfile(db, { userId: entUser, profile: { name: ent.name, creditCode: ent.creditCode, industry: '跨境电商进出口', size: 'small', contactName: ent.contactName ?? '王芳', contactPhone: ent.contactPhone ?? undefined, contactEmail: 'hr@demo.academy', description: '位于保税物流中心（B型）的跨境电商进口企业，从事 1210 保税备货和 9610 直购进口。', park: 'bonded-logistics' } }, ago(400));
  const others: string[] = [];
  for (const e of OTHER_ENTERPRISES) {
    let id = await userId(db, e.email);
    if (!id) {
      id = (await signUp(db, { role: 'enterprise', email: e.email, password: DEMO_PASSWORD, displayName: e.name, enterprise: { name: e.company, creditCode: e.creditCode } }, ago(400))).id;
      const row = (await db.select().from(enterprises).where(eq(enterprises.userId, id)).limit(1))[0];
      if (row) await reviewEnterprise(db, { adminId, enterpriseId: row.id, decision: 'approved' }, ago(399));
    }
    await updateEnterpriseProfile(db, { userId: id, profile: { name: e.company, creditCode: e.creditCode, industry: e.industry, size: 'small', contactName: e.name, description: `${e.company}，抚顺本地特色产业的跨境电商企业。`, park: e.park } }, ago(399));
    others.push(id);
  }
  const [wood, herbs] = others as [string, string];

  // Requirements the demo learner's own evidence meets, so the demo shows an eligible applicant.
  const mine = await learnerProfile(db, learnerId, catalogue);
  const top = [...mine.skills].filter((s) => s.level > 0).sort((a, b) => b.level - a.level || (a.skill < b.skill ? -1 : 1)).slice(0, 2);
  const requires = Object.fromEntries(top.map((s) => [s.skill, Math.max(5, Math.floor((s.level * 0.6) / 5) * 5)]));
  if (Object.keys(requires).length === 0) requires['cbec-basics'] = 10;
  const cat = orderCatalogue(catalogue);
  let orders = 0;
  const post = async (user: string, o: OrderFormInput, at: Date) => {
    orders++;
    return createOrder(db, { userId: user, order: o, catalogue: cat }, at);
  };

  // 1. Completed long ago, with placements; one 3-month check answered, one due now.
  const done = await post(entUser, order({ titleZh: '保税进口申报专员（第一期）', titleEn: 'Bonded import declaration officer (cohort 1)', requires, park: 'bonded-logistics', seats: 2, deadline: ago(200) }, ago(198)), ago(215));
  await applyToOrder(db, { learnerId: t1, orderId: done.id, statement: '有报关实习经历，希望在保税区工作。' }, ago(210));
  await applyToOrder(db, { learnerId: t2, orderId: done.id, statement: '学过进口税费，愿意长期在抚顺发展。' }, ago(209));
  await runMatching(db, { userId: entUser, orderId: done.id }, ago(199));
  for (const t of [t1, t2]) {
    const app = (await db.query.orderApplications.findFirst({ where: (a, { and, eq: is }) => and(is(a.orderId, done.id), is(a.learnerId, t)) }));
    if (app?.status === 'offered') await respondToOffer(db, { learnerId: t, applicationId: app.id, accept: true }, ago(198));
  }
  await transitionOrder(db, { userId: entUser, orderId: done.id, to: 'in_training' }, ago(198));
  await transitionOrder(db, { userId: entUser, orderId: done.id, to: 'completed' }, ago(168));
  const accepted = await db.query.orderApplications.findMany({ where: (a, { and, eq: is }) => and(is(a.orderId, done.id), is(a.status, 'accepted')) });
  for (const [i, app] of accepted.entries()) {
    await recordPlacement(db, { userId: entUser, applicationId: app.id, placement: { hired: true, placedOn: ago(i === 0 ? 160 : 100), role: '跨境电商专员', salaryBandMinFen: 450_000, salaryBandMaxFen: 550_000, feedback: '培训期间申报准确，进步明显。' } }, ago(i === 0 ? 160 : 100));
  }
  const first = accepted[0];
  if (first) await answerRetention(db, { userId: entUser, applicationId: first.id, months: 3, stillEmployed: true }, ago(65));

  // 2. In training now.
  const training = await post(wood, order({ titleZh: '木制品跨境出口运营', titleEn: 'Wood products export operations', requires: { 'cbec-basics': 10 }, park: 'wood-products', seats: 2, deadline: ago(20), hireRole: '出口运营专员' }, ago(15)), ago(40));
  await applyToOrder(db, { learnerId: t3, orderId: training.id, statement: '对木制品出口感兴趣。' }, ago(35));
  await applyToOrder(db, { learnerId: t5, orderId: training.id, statement: '做过店铺运营练习。' }, ago(34));
  await runMatching(db, { userId: wood, orderId: training.id }, ago(19));
  for (const app of await db.query.orderApplications.findMany({ where: (a, { and, eq: is }) => and(is(a.orderId, training.id), is(a.status, 'offered')) })) {
    await respondToOffer(db, { learnerId: app.learnerId, applicationId: app.id, accept: true }, ago(18));
  }
  await transitionOrder(db, { userId: wood, orderId: training.id, to: 'in_training' }, ago(15));

  // 3. Matched, the demo learner holds an offer to answer.
  const offered = await post(herbs, order({ titleZh: '道地药材跨境电商客服与合规', titleEn: 'Herbal products CBEC customer service and compliance', requires, park: 'herbal-medicine', seats: 1, deadline: ago(2), hireRole: '跨境客服' }, now), ago(20));
  await applyToOrder(db, { learnerId: learnerId, orderId: offered.id, statement: '我学完了跨境电商基础课程，希望参与药材出口。' }, ago(10));
  await runMatching(db, { userId: herbs, orderId: offered.id }, ago(1));

  // 4. Open orders with applicants, ranked by fit (the demo learner's first choice is the demo enterprise's order).
  const open = await post(entUser, order({ titleZh: '保税进口申报专员（第二期）', titleEn: 'Bonded import declaration officer (cohort 2)', requires, park: 'bonded-logistics', seats: 3, deadline: new Date(now.getTime() + 21 * DAY), scenarios: [] }, new Date(now.getTime() + 28 * DAY)), ago(5));
  for (const [t, s] of [[t1, '第一期同学推荐，想继续深造。'], [t2, '希望加入保税仓团队。'], [t3, '正在学习报关课程。'], [t5, '做过店铺运营，想转申报岗位。']] as const) {
    await applyToOrder(db, { learnerId: t, orderId: open.id, statement: s }, ago(3));
  }
  const mineApp = await applyToOrder(db, { learnerId, orderId: open.id, statement: '完成了跨境电商基础课程并通过了测验，希望在保税区从事申报工作。' }, ago(2));
  await moveApplication(db, { learnerId, applicationId: mineApp.id, direction: 'up' }, ago(2));
  const woodOpen = await post(wood, order({ titleZh: '木制品亚马逊店铺运营', titleEn: 'Wood products Amazon store operations', requires: { 'cbec-basics': 20, 'platform-operations': 10 }, park: 'wood-products', seats: 2, deadline: new Date(now.getTime() + 30 * DAY), hireRole: '店铺运营' }, new Date(now.getTime() + 35 * DAY)), ago(4));
  for (const [t, s] of [[t5, '学过店铺运营，想做木制品的亚马逊店铺。'], [t4, '熟悉物流，也想学平台运营。']] as const) {
    await applyToOrder(db, { learnerId: t, orderId: woodOpen.id, statement: s }, ago(2));
  }
  const herbsOpen = await post(herbs, order({ titleZh: '药材出口单证员', titleEn: 'Herbal exports documentation clerk', requires: { 'cbec-basics': 15, 'export-tax': 10 }, park: 'herbal-medicine', seats: 2, deadline: new Date(now.getTime() + 25 * DAY), hireRole: '单证员' }, new Date(now.getTime() + 30 * DAY)), ago(4));
  await applyToOrder(db, { learnerId: t4, orderId: herbsOpen.id, statement: '熟悉物流单证。' }, ago(1));

  // 5. An incubation team with its store, a mentor, a comment and a published showcase.
  const team = await createTeam(db, { userId: t1, name: '林下参出海队', niche: '新宾林下参礼盒出口日韩', industry: 'herbal-medicine' }, ago(50));
  await joinTeam(db, { userId: t2, code: team.joinCode }, ago(49));
  await joinTeam(db, { userId: t3, code: team.joinCode }, ago(49));
  const store = await createStore(db, { ownerId: t1, name: '新宾林下参出海小店', businessModel: 'export-9610', creditTier: 'general' }, ago(48));
  await linkStore(db, { userId: t1, teamId: team.id, storeId: store.id }, ago(48));
  await mentorTeam(db, { userId: herbs, teamId: team.id }, ago(45));
  await commentOnTeam(db, { userId: herbs, teamId: team.id, body: '建议先做日本市场，注意药食同源目录和标签要求。' }, ago(44));
  await publishShowcase(db, { userId: t1, teamId: team.id, text: '我们把新宾林下参做成小规格礼盒，以 9610 模式出口日韩，正在沙盒中练习申报。' }, ago(40));
  return { created: true, orders };
}
