/**
 * The life of a training order, in one table: draft → open → matching →
 * in training → completed, or cancelled from any state before completion.
 * Every other move is refused (INVALID_TRANSITION), never applied silently.
 */
import type { OrderState } from '../db/schema-orders.ts';
import { OrdersError } from './errors.ts';

export const ORDER_TRANSITIONS: Readonly<Record<OrderState, readonly OrderState[]>> = {
  draft: ['open', 'cancelled'],
  open: ['matching', 'cancelled'],
  matching: ['in_training', 'cancelled'],
  in_training: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canTransition(from: OrderState, to: OrderState): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: OrderState, to: OrderState): void {
  if (!canTransition(from, to)) throw new OrdersError('INVALID_TRANSITION', `${from} → ${to}`);
}
