/** The one map from training-order domain errors to action statuses and dictionary keys. */
import { ActionError } from 'astro:actions';
import { t, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { OrdersError, type OrdersErrorCode } from '#lib/training-orders/errors.ts';
import { toActionError } from '#server/action-errors.ts';

const ORDERS_MESSAGES: Record<OrdersErrorCode, { key: MessageKey; code: ActionError['code'] }> = {
  NOT_FOUND: { key: 'err.notFound', code: 'NOT_FOUND' },
  FORBIDDEN: { key: 'forbidden.body', code: 'FORBIDDEN' },
  NOT_APPROVED: { key: 'orders.err.notApproved', code: 'FORBIDDEN' },
  INVALID: { key: 'orders.err.invalid', code: 'BAD_REQUEST' },
  INVALID_TRANSITION: { key: 'orders.err.transition', code: 'CONFLICT' },
  NOT_OPEN: { key: 'orders.err.notOpen', code: 'CONFLICT' },
  DEADLINE_PASSED: { key: 'orders.err.deadlinePassed', code: 'CONFLICT' },
  BEFORE_DEADLINE: { key: 'orders.err.beforeDeadline', code: 'CONFLICT' },
  ALREADY_APPLIED: { key: 'orders.err.alreadyApplied', code: 'CONFLICT' },
  NO_SEATS: { key: 'orders.err.noSeats', code: 'CONFLICT' },
  OFFER_EXPIRED: { key: 'orders.err.offerExpired', code: 'CONFLICT' },
};

/** Rethrows a domain error as a localized ActionError. */
export function ordersActionError(error: unknown, locale: Locale): never {
  if (error instanceof OrdersError) {
    const m = ORDERS_MESSAGES[error.code];
    throw new ActionError({ code: m.code, message: t(locale, m.key) });
  }
  toActionError(error, locale);
}
