/**
 * The enterprise's view of people for one of its orders: applicants ranked by
 * fit with the breakdown, and recommended learners who opted in (name,
 * institution and skill evidence only). Skill levels come from the progress
 * module's learner profiles; this file only turns them into the matching
 * engine's plain data.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { institutions } from '../db/schema-org.ts';
import { candidateVisibility, orderApplications, type OrderApplication } from '../db/schema-orders.ts';
import { learnerProfiles, type LearnerProfile, type SkillLevel } from '../progress/profile.ts';
import { compareCandidates, explainFit, type FitBreakdown, type MatchLearner, type MatchOrder } from '../matching/fit.ts';
import { recommendCandidates } from '../matching/recommend.ts';
import { getOwnOrder, getOrderDetail, type OrderDetail } from './orders.ts';
import { OrdersError } from './errors.ts';

/** A learner profile as the matching engine's input (accuracy as 0–100). */
export function toMatchLearner(profile: LearnerProfile, park: string | null | undefined, applications: readonly string[] = []): MatchLearner {
  const rate = profile.sandbox.firstTimeAcceptanceRate;
  return {
    id: profile.userId,
    skills: Object.fromEntries(profile.skills.map((s) => [s.skill, s.level])),
    sandboxAccuracy: rate === null ? undefined : Math.round(rate * 1000) / 10,
    park: park ?? undefined,
    applications,
  };
}

export function toMatchOrder(d: OrderDetail, seatsLeft?: number): MatchOrder {
  return { id: d.order.id, seats: seatsLeft ?? d.order.seats, requires: d.requires, park: d.order.park };
}

export interface PersonSummary {
  userId: string;
  displayName: string;
  institutionZh: string | null;
  institutionEn: string | null;
}

async function people(db: Db, ids: readonly string[]): Promise<Map<string, PersonSummary & { park: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ userId: users.id, displayName: users.displayName, institutionZh: institutions.nameZh, institutionEn: institutions.nameEn, park: candidateVisibility.park })
    .from(users)
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .leftJoin(candidateVisibility, eq(candidateVisibility.userId, users.id))
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.userId, r]));
}

export interface RankedApplicant {
  person: PersonSummary;
  application: OrderApplication;
  breakdown: FitBreakdown;
  /** The skills that carry evidence, for the enterprise to read. */
  evidence: SkillLevel[];
}

export interface Recommended {
  person: PersonSummary;
  breakdown: FitBreakdown;
  evidence: SkillLevel[];
}

export interface OrderCandidates {
  detail: OrderDetail;
  applicants: RankedApplicant[];
  recommended: Recommended[];
}

function evidenceOf(p: LearnerProfile, d: OrderDetail): SkillLevel[] {
  return p.skills.filter((s) => s.level > 0 || Object.hasOwn(d.requires, s.skill));
}

/** Applicants (eligible first, each group by fit) and opted-in recommendations for the enterprise's own order. */
export async function orderCandidates(db: Db, input: { userId: string; orderId: string; limit?: number }): Promise<OrderCandidates> {
  await getOwnOrder(db, input.userId, input.orderId);
  const detail = await getOrderDetail(db, input.orderId);
  if (!detail) throw new OrdersError('NOT_FOUND');
  const apps = await db.select().from(orderApplications).where(and(eq(orderApplications.orderId, input.orderId), ne(orderApplications.status, 'withdrawn')));
  const applied = new Set(apps.map((a) => a.learnerId));
  const visible = (await db.select({ userId: candidateVisibility.userId }).from(candidateVisibility).where(eq(candidateVisibility.visible, true))).map((r) => r.userId).filter((id) => !applied.has(id));
  const ids = [...applied, ...visible];
  const [profiles, who] = await Promise.all([learnerProfiles(db, ids), people(db, ids)]);
  const order = toMatchOrder(detail);
  const applicants: RankedApplicant[] = [];
  for (const a of apps) {
    const p = profiles.get(a.learnerId);
    const person = who.get(a.learnerId);
    if (!p || !person) continue;
    applicants.push({ person, application: a, breakdown: explainFit(toMatchLearner(p, person.park), order), evidence: evidenceOf(p, detail) });
  }
  applicants.sort((x, y) => Number(y.breakdown.eligible) - Number(x.breakdown.eligible) || compareCandidates({ id: x.person.userId, fit: x.breakdown.fit }, { id: y.person.userId, fit: y.breakdown.fit }));
  const pool = visible.flatMap((id) => {
    const p = profiles.get(id);
    return p ? [toMatchLearner(p, who.get(id)?.park)] : [];
  });
  const top = recommendCandidates([order], pool, input.limit ?? 10).get(order.id) ?? [];
  const recommended = top.flatMap((r) => {
    const p = profiles.get(r.id);
    const person = who.get(r.id);
    if (!p || !person) return [];
    return [{ person: { userId: person.userId, displayName: person.displayName, institutionZh: person.institutionZh, institutionEn: person.institutionEn }, breakdown: explainFit(toMatchLearner(p, person.park), order), evidence: evidenceOf(p, detail) }];
  });
  return { detail, applicants, recommended };
}
