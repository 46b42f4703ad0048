/** Domain errors of training orders; actions map each code to a localized message and a 4xx status. */
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
  | 'OFFER_EXPIRED';

export class OrdersError extends Error {
  constructor(
    public readonly code: OrdersErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'OrdersError';
  }
}
