/**
 * Page model of an enterprise's own training order: the order with its applicants, recommendations and
 * trainees from the database (`loadEnterpriseOrderPage`), what the enterprise may do now
 * (`orderPageRules`: run matching, offer a seat, record a placement), and the texts the lists show.
 */
import type { Db } from '#lib/db/client.ts';
import { orderCandidates, traineeProgress, type PersonSummary, type RankedApplicant, type TraineeProgress } from '#lib/training-orders/candidates.ts';
import { shanghaiDay } from '#lib/training-orders/input.ts';
import { ownOrderDetail, type OrderDetail } from '#lib/training-orders/orders.ts';
import type { MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { pick } from '#i18n/pick.ts';

type Order = OrderDetail['order'];

/** What the order's state and seats allow at `now`. */
export function orderPageRules(o: Pick<Order, 'state' | 'deadline' | 'seats'>, applicants: readonly Pick<RankedApplicant, 'application'>[], now: Date) {
  const seatsHeld = applicants.filter((a) => a.application.status === 'offered' || a.application.status === 'accepted').length;
  const deadlinePassed = o.deadline.getTime() <= now.getTime();
  return {
    /** Applications close (open → matching) at the deadline, not before. */
    deadlinePassed,
    /** Matching runs once applications have closed (or again while matching). */
    canMatch: (o.state === 'open' && deadlinePassed) || o.state === 'matching',
    /** Seats offered or accepted. */
    seatsHeld,
    /** Whether an eligible active applicant may be offered a seat now. */
    canOffer: (a: Pick<RankedApplicant, 'application' | 'breakdown'>) => o.state === 'matching' && a.application.status === 'active' && a.breakdown.eligible && seatsHeld < o.seats,
    /** Placements are recorded once training has started. */
    placementOpen: o.state === 'in_training' || o.state === 'completed',
  };
}

/** A person's institution in the reader's language (the Chinese name when there is no English one), or a dash. */
export function institutionName(locale: Locale, p: Pick<PersonSummary, 'institutionZh' | 'institutionEn'>): string {
  return pick(locale, { zh: p.institutionZh ?? '—', en: p.institutionEn ?? p.institutionZh ?? '—' });
}

/** The text fields of a trainee's placement form, with what they start from. */
export function placementFields(o: Pick<Order, 'hireRole'>, tr: Pick<TraineeProgress, 'placement'>) {
  return [
    { name: 'placedOn', label: 'orders.detail.placedOn', type: 'date', current: tr.placement?.placedOn ? shanghaiDay(tr.placement.placedOn) : '' },
    { name: 'role', label: 'orders.detail.role', type: 'text', current: tr.placement?.role ?? o.hireRole },
    { name: 'salaryMin', label: 'orders.detail.salaryMin', type: 'text', current: '' },
    { name: 'salaryMax', label: 'orders.detail.salaryMax', type: 'text', current: '' },
  ] as const satisfies readonly { name: string; label: MessageKey; type: 'date' | 'text'; current: string }[];
}

/** Everything the page shows, or null when the order is not the enterprise's (the page answers 404). */
export async function loadEnterpriseOrderPage(db: Db, input: { userId: string; orderId: string; now?: Date }) {
  if (!(await ownOrderDetail(db, input.userId, input.orderId))) return null;
  const [{ detail, applicants, recommended }, trainees] = await Promise.all([orderCandidates(db, input), traineeProgress(db, input)]);
  return { detail, applicants, recommended, trainees, ...orderPageRules(detail.order, applicants, input.now ?? new Date()) };
}
