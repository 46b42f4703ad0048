/**
 * Account health (账户健康度), 0–100, the figure a platform judges a seller's service by. The
 * sandbox's formula, over everything the store has received so far:
 *
 *   health = round(100 × (0.30 × replyRate + 0.20 × onTimeRate + 0.30 × averageGrade + 0.20 × returnsScore))
 *
 * - replyRate: replied messages / due messages. A message is due once it has been answered or a
 *   later market day has run (the learner had the chance to answer it); 1 when nothing is due;
 * - onTimeRate: messages replied within 24 market-day hours / due messages; 1 when nothing is due;
 * - averageGrade: mean rubric grade of the replies / 100; 1 before the first reply;
 * - returnsScore: 1 − min(1, 5 × returns / orders): every 1% of orders returned costs 5 points of the
 *   score, 20% returns or more cost all of it; 1 before the first order.
 * A new store starts at 100. The weights put the buyer's experience (answers and their quality)
 * first, as Amazon's Account Health and Ozon's seller rating do; the figures are teaching assumptions.
 */
import { ON_TIME_HOURS } from './rubric.ts';

export const HEALTH_WEIGHTS = { replyRate: 0.3, onTimeRate: 0.2, averageGrade: 0.3, returnsScore: 0.2 } as const;
/** Points of returnsScore lost per unit of return rate (5 → 20% returns lose all). */
const RETURNS_PENALTY = 5;

export interface HealthMessage {
  /** Whether the learner could have answered it by now (answered, or a later market day ran). */
  due: boolean;
  score: number | null;
  responseHours: number | null;
}

export interface AccountHealth {
  health: number;
  replyRate: number;
  onTimeRate: number;
  averageGrade: number;
  returnsScore: number;
  due: number;
  replied: number;
}

export function accountHealth(input: { messages: readonly HealthMessage[]; orders: number; returns: number }): AccountHealth {
  const due = input.messages.filter((m) => m.due);
  const replied = due.filter((m) => m.score !== null);
  const onTime = replied.filter((m) => m.responseHours !== null && m.responseHours <= ON_TIME_HOURS);
  const replyRate = due.length === 0 ? 1 : replied.length / due.length;
  const onTimeRate = due.length === 0 ? 1 : onTime.length / due.length;
  const averageGrade = replied.length === 0 ? 1 : replied.reduce((a, m) => a + (m.score ?? 0), 0) / replied.length / 100;
  const returnsScore = input.orders <= 0 ? 1 : 1 - Math.min(1, (RETURNS_PENALTY * input.returns) / input.orders);
  const w = HEALTH_WEIGHTS;
  const health = Math.round(100 * (w.replyRate * replyRate + w.onTimeRate * onTimeRate + w.averageGrade * averageGrade + w.returnsScore * returnsScore));
  return { health, replyRate, onTimeRate, averageGrade, returnsScore, due: due.length, replied: replied.length };
}
