/** Domain errors of training orders; the one table in src/server/action-errors.ts gives each its status and message. */
import { DomainError } from '../domain-error.ts';

export type OrdersErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'NOT_APPROVED'
  | 'INVALID'
  | 'INVALID_TRANSITION'
  | 'NOT_OPEN'
  | 'DEADLINE_PASSED'
  | 'BEFORE_DEADLINE'
  | 'ALREADY_APPLIED'
  | 'NO_SEATS'
  | 'OFFER_EXPIRED'
  | 'NOT_EDITABLE';

export class OrdersError extends DomainError<'training', OrdersErrorCode> {
  constructor(code: OrdersErrorCode, detail?: string) {
    super('training', code, { detail });
    this.name = 'OrdersError';
  }
}
