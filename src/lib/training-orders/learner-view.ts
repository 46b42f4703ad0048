/**
 * What a learner reads on an order's page: the order, their own application
 * (if any) and "how well you fit and why" from their evidence.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { orderApplications, type OrderApplication } from '../db/schema-orders.ts';
import { learnerProfile } from '../progress/profile.ts';
import { explainFit, type FitBreakdown } from '../matching/fit.ts';
import { getVisibility } from './applications.ts';
import { toMatchLearner, toMatchOrder } from './candidates.ts';
import { getPublishedOrder, type OrderDetail } from './orders.ts';
import { defaultCatalogue, type ProfileCatalogue } from '../progress/catalogue.ts';
import { t } from '#i18n/index.ts';
import { pick } from '#i18n/pick.ts';

export interface LearnerOrderView {
  detail: OrderDetail;
  application: OrderApplication | null;
  fit: FitBreakdown | null;
  canApply: boolean;
}

export async function learnerOrderView(db: Db, input: { orderId: string; learnerId: string | null }, now = new Date()): Promise<LearnerOrderView> {
  const detail = await getPublishedOrder(db, input.orderId);
  const open = detail.order.state === 'open' && detail.order.deadline.getTime() > now.getTime();
  if (!input.learnerId) return { detail, application: null, fit: null, canApply: false };
  const [profile, visibility, app] = await Promise.all([
    learnerProfile(db, input.learnerId),
    getVisibility(db, input.learnerId),
    db.select().from(orderApplications).where(and(eq(orderApplications.orderId, input.orderId), eq(orderApplications.learnerId, input.learnerId))).limit(1),
  ]);
  const application = app[0] ?? null;
  const fit = explainFit(toMatchLearner(profile, visibility.park), toMatchOrder(detail));
  return { detail, application, fit, canApply: open && (application === null || application.status === 'withdrawn') };
}

/** A curriculum item in the reader's language: a course by its title, a scenario by the lesson that sets it. */
export function curriculumLabel(item: { kind: 'course' | 'scenario'; ref: string }, locale: 'zh-CN' | 'en', catalogue: ProfileCatalogue = defaultCatalogue()): string {
  if (item.kind === 'course') {
    const course = catalogue.course.get(item.ref);
    return course ? pick(locale, course.title) : item.ref;
  }
  const lesson = catalogue.scenarioLesson.get(item.ref);
  return lesson ? t(locale, 'orders.curriculum.scenario', { title: pick(locale, lesson.title) }) : item.ref;
}
