/**
 * The matching CLI's input file, checked at the edge:
 * `{"orders":[{id,seats,requires:{skill:min},park?}],"learners":[{id,skills:{skill:level},sandboxAccuracy?,park?,applications:[orderId…]}]}`.
 * Problems come back as one line naming the field.
 */
import { z } from 'zod';
import type { AssignmentInput } from './assign.ts';

const level = z.number().min(0).max(100);

const orderSchema = z.object({
  id: z.string().min(1),
  seats: z.number().int().nonnegative(),
  requires: z.record(z.string().min(1), level),
  park: z.string().min(1).optional(),
});

const learnerSchema = z.object({
  id: z.string().min(1),
  skills: z.record(z.string().min(1), level),
  sandboxAccuracy: level.optional(),
  park: z.string().min(1).optional(),
  applications: z.array(z.string().min(1)),
});

const inputSchema = z.object({ orders: z.array(orderSchema), learners: z.array(learnerSchema) });

export type ParseResult = { ok: true; input: AssignmentInput } | { ok: false; message: string };

/** Parses the text of an input file; never throws. */
export function parseAssignmentInput(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not JSON: ${(e as Error).message}` };
  }
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    return { ok: false, message: `invalid ${path || 'input'}: ${issue?.message ?? 'bad shape'}` };
  }
  const { orders, learners } = parsed.data;
  const orderIds = new Set<string>();
  for (const [i, o] of orders.entries()) {
    if (orderIds.has(o.id)) return { ok: false, message: `orders.${i}.id: duplicate order id "${o.id}"` };
    orderIds.add(o.id);
  }
  const learnerIds = new Set<string>();
  for (const [i, l] of learners.entries()) {
    if (learnerIds.has(l.id)) return { ok: false, message: `learners.${i}.id: duplicate learner id "${l.id}"` };
    learnerIds.add(l.id);
    const unknown = l.applications.find((a) => !orderIds.has(a));
    if (unknown !== undefined) return { ok: false, message: `learners.${i}.applications: unknown order "${unknown}" (learner "${l.id}")` };
  }
  return { ok: true, input: { orders, learners } };
}
