/**
 * The one domain-error table: every domain error's `id` (`domain.CODE`, see src/lib/domain-error.ts)
 * → the action status it answers with and the dictionary key of its message. `toActionError` and
 * `domainCall` apply it; actions have no error mapping of their own.
 */
import { ActionError, type ActionErrorCode } from 'astro:actions';
import { t, type MessageKey } from '#i18n/index.ts';
import { localeFromPath, type Locale } from '#i18n/locales.ts';
import type { AuthError } from '#lib/auth/errors.ts';
import type { AdminError } from '#lib/admin/errors.ts';
import { ACTION_PERMISSIONS, actionNameOf, can, type Permission } from '#lib/auth/permissions.ts';
import { DomainError } from '#lib/domain-error.ts';
import type { WorkbenchError } from '#lib/workbench/errors.ts';
import type { ReturnError } from '#lib/workbench/returns.ts';
import type { SummaryError } from '#lib/workbench/summary.ts';
import type { OrderActionError } from '#lib/workbench/order-actions.ts';
import type { OrdersError } from '#lib/training-orders/errors.ts';
import type { IncubationError } from '#lib/incubation/teams.ts';

import type { StudyHoursError } from '#lib/study-hours/ledger.ts';
import type { ClassError } from '#lib/classes/classes.ts';
import type { ListingError } from '#lib/listing/errors.ts';
import type { QuizPaperError } from '#lib/progress/quiz-papers.ts';
import type { StoreLanguage } from '#lib/db/schema-sandbox.ts';
import { StorefrontError, type StorefrontErrorCode } from '#lib/storefront/errors.ts';
import { storefrontErrorText } from '#lib/storefront/error-text.ts';

type DomainErrorId = AuthError['id'] | AdminError['id'] | WorkbenchError['id'] | ReturnError['id'] | SummaryError['id'] | OrderActionError['id'] | OrdersError['id'] | IncubationError['id'] | StudyHoursError['id'] | ClassError['id'] | ListingError['id'] | QuizPaperError['id'];

export const ACTION_ERRORS: { readonly [id in DomainErrorId]: { status: ActionErrorCode; key: MessageKey } } = {
  'auth.EMAIL_TAKEN': { status: 'CONFLICT', key: 'err.emailTaken' },
  'auth.INVALID_CREDENTIALS': { status: 'UNAUTHORIZED', key: 'err.invalidCredentials' },
  'auth.WRONG_PASSWORD': { status: 'BAD_REQUEST', key: 'password.err.current' },
  'auth.RATE_LIMITED': { status: 'TOO_MANY_REQUESTS', key: 'err.rateLimited' },
  'auth.INVITE_INVALID': { status: 'BAD_REQUEST', key: 'err.inviteInvalid' },
  'auth.INVITE_REVOKED': { status: 'BAD_REQUEST', key: 'console.err.inviteRevoked' },
  'auth.INVITE_ROLE_MISMATCH': { status: 'BAD_REQUEST', key: 'err.inviteRole' },
  'auth.ACCOUNT_DISABLED': { status: 'FORBIDDEN', key: 'err.disabled' },
  'auth.NOT_FOUND': { status: 'NOT_FOUND', key: 'err.notFound' },
  'auth.INVALID_STATE': { status: 'CONFLICT', key: 'err.invalidState' },

  'admin.FORBIDDEN': { status: 'FORBIDDEN', key: 'forbidden.body' },
  'admin.NOT_FOUND': { status: 'NOT_FOUND', key: 'err.notFound' },
  'admin.INVALID_STATE': { status: 'CONFLICT', key: 'err.invalidState' },
  'admin.LAST_ADMIN': { status: 'CONFLICT', key: 'console.err.lastAdmin' },
  'admin.SELF': { status: 'CONFLICT', key: 'console.err.self' },
  'admin.INVITE_NOT_REVOCABLE': { status: 'CONFLICT', key: 'console.err.notRevocable' },
  'admin.PARTNER_EXISTS': { status: 'CONFLICT', key: 'console.err.partnerExists' },

  'workbench.NOT_FOUND': { status: 'NOT_FOUND', key: 'workbench.err.NOT_FOUND' },
  'workbench.INVALID': { status: 'BAD_REQUEST', key: 'workbench.err.INVALID' },
  'workbench.SKU_TAKEN': { status: 'CONFLICT', key: 'workbench.err.SKU_TAKEN' },
  'workbench.NO_PRODUCTS': { status: 'BAD_REQUEST', key: 'workbench.err.NO_PRODUCTS' },
  'workbench.ALREADY_RUN': { status: 'CONFLICT', key: 'workbench.err.ALREADY_RUN' },
  'workbench.NOT_OPEN': { status: 'CONFLICT', key: 'workbench.err.NOT_OPEN' },
  'workbench.ALREADY_ANSWERED': { status: 'CONFLICT', key: 'buyers.err.answered' },
  'workbench.MISSING_MESSAGE': { status: 'BAD_REQUEST', key: 'workbench.err.MISSING_MESSAGE' },
  'workbench.NOT_HELD': { status: 'CONFLICT', key: 'workbench.err.NOT_HELD' },
  'workbench.NOTE_REQUIRED': { status: 'BAD_REQUEST', key: 'workbench.err.NOTE_REQUIRED' },

  'return.NOT_IMPORT': { status: 'CONFLICT', key: 'workbench.return.err.NOT_IMPORT' },
  'return.NOT_RELEASED': { status: 'CONFLICT', key: 'workbench.return.err.NOT_RELEASED' },
  'return.BAD_DATE': { status: 'BAD_REQUEST', key: 'workbench.return.err.BAD_DATE' },
  'return.NO_LINES': { status: 'BAD_REQUEST', key: 'workbench.return.err.NO_LINES' },
  'return.BAD_QTY': { status: 'BAD_REQUEST', key: 'workbench.return.err.BAD_QTY' },
  'return.REASON': { status: 'BAD_REQUEST', key: 'workbench.return.err.REASON' },

  'summary.NOT_EXPORT': { status: 'CONFLICT', key: 'parity.summary.err.NOT_EXPORT' },
  'summary.NOT_RELEASED': { status: 'CONFLICT', key: 'parity.summary.err.NOT_RELEASED' },
  'summary.NO_LISTS': { status: 'BAD_REQUEST', key: 'parity.summary.err.NO_LISTS' },
  'summary.BAD_DATE': { status: 'BAD_REQUEST', key: 'parity.summary.err.BAD_DATE' },

  'order.NOT_OPEN': { status: 'CONFLICT', key: 'orderActions.err.NOT_OPEN' },
  'order.NOT_OVER_LIMIT': { status: 'BAD_REQUEST', key: 'orderActions.err.NOT_OVER_LIMIT' },
  'order.CANNOT_SPLIT': { status: 'BAD_REQUEST', key: 'orderActions.err.CANNOT_SPLIT' },
  'order.NOT_IMPORT': { status: 'BAD_REQUEST', key: 'orderActions.err.NOT_IMPORT' },
  'order.REASON': { status: 'BAD_REQUEST', key: 'orderActions.err.REASON' },

  'training.NOT_FOUND': { status: 'NOT_FOUND', key: 'err.notFound' },
  'training.FORBIDDEN': { status: 'FORBIDDEN', key: 'forbidden.body' },
  'training.NOT_APPROVED': { status: 'FORBIDDEN', key: 'orders.err.notApproved' },
  'training.INVALID': { status: 'BAD_REQUEST', key: 'orders.err.invalid' },
  'training.INVALID_TRANSITION': { status: 'CONFLICT', key: 'orders.err.transition' },
  'training.NOT_OPEN': { status: 'CONFLICT', key: 'orders.err.notOpen' },
  'training.DEADLINE_PASSED': { status: 'CONFLICT', key: 'orders.err.deadlinePassed' },
  'training.BEFORE_DEADLINE': { status: 'CONFLICT', key: 'orders.err.beforeDeadline' },
  'training.ALREADY_APPLIED': { status: 'CONFLICT', key: 'orders.err.alreadyApplied' },
  'training.NO_SEATS': { status: 'CONFLICT', key: 'orders.err.noSeats' },
  'training.OFFER_EXPIRED': { status: 'CONFLICT', key: 'orders.err.offerExpired' },
  'training.NOT_EDITABLE': { status: 'CONFLICT', key: 'orders.err.notEditable' },

  'incubation.NOT_FOUND': { status: 'NOT_FOUND', key: 'incubation.err.NOT_FOUND' },
  'incubation.ALREADY_IN_TEAM': { status: 'CONFLICT', key: 'incubation.err.ALREADY_IN_TEAM' },
  'incubation.TEAM_FULL': { status: 'CONFLICT', key: 'incubation.err.TEAM_FULL' },
  'incubation.TEAM_TOO_SMALL': { status: 'CONFLICT', key: 'incubation.err.TEAM_TOO_SMALL' },
  'incubation.NOT_LEAD': { status: 'FORBIDDEN', key: 'incubation.err.NOT_LEAD' },
  'incubation.HAS_MENTOR': { status: 'CONFLICT', key: 'incubation.err.HAS_MENTOR' },
  'incubation.LEAD_CANNOT_LEAVE': { status: 'CONFLICT', key: 'incubation.err.LEAD_CANNOT_LEAVE' },
  'studyHours.NOT_HEAD': { status: 'FORBIDDEN', key: 'hours.err.notHead' },
  'studyHours.OUT_OF_RANGE': { status: 'BAD_REQUEST', key: 'hours.err.range' },

  'class.NOT_FOUND': { status: 'NOT_FOUND', key: 'classes.err.NOT_FOUND' },
  'class.NAME': { status: 'BAD_REQUEST', key: 'classes.err.NAME' },
  'class.COURSES': { status: 'BAD_REQUEST', key: 'classes.err.COURSES' },
  'class.CODE_INVALID': { status: 'BAD_REQUEST', key: 'classes.err.CODE_INVALID' },
  'class.CODE_EXPIRED': { status: 'BAD_REQUEST', key: 'classes.err.CODE_EXPIRED' },
  'class.FULL': { status: 'CONFLICT', key: 'classes.err.FULL' },

  'listing.NOT_FOUND': { status: 'NOT_FOUND', key: 'listing.err.NOT_FOUND' },
  'listing.INVALID': { status: 'BAD_REQUEST', key: 'listing.err.INVALID' },
  'listing.HAS_ERRORS': { status: 'CONFLICT', key: 'listing.err.HAS_ERRORS' },

  'quiz.NO_PAPER': { status: 'BAD_REQUEST', key: 'quiz.err.NO_PAPER' },
  'quiz.PAPER_CLOSED': { status: 'CONFLICT', key: 'quiz.err.PAPER_CLOSED' },
  'quiz.PAPER_STALE': { status: 'CONFLICT', key: 'quiz.err.PAPER_STALE' },
  'quiz.INVALID_ANSWERS': { status: 'BAD_REQUEST', key: 'quiz.err.INVALID_ANSWERS' },
};

/**
 * Storefront refusals answer with these statuses; their messages are in the shop's language, which a
 * visitor reads the store in, not the site's zh-CN/en (src/lib/storefront/error-text.ts).
 */
export const STOREFRONT_ERROR_STATUS: { readonly [code in StorefrontErrorCode]: ActionErrorCode } = {
  NOT_FOUND: 'NOT_FOUND',
  QTY: 'BAD_REQUEST',
  CART_FULL: 'BAD_REQUEST',
  EMPTY: 'BAD_REQUEST',
  UNPUBLISHED: 'CONFLICT',
  PRICE_CHANGED: 'CONFLICT',
  CART_CHANGED: 'CONFLICT',
  OUT_OF_STOCK: 'CONFLICT',
  ID_FORMAT: 'BAD_REQUEST',
  ID_CHECKSUM: 'BAD_REQUEST',
  ID_NOT_TRAINING: 'BAD_REQUEST',
  ID_BIRTH: 'BAD_REQUEST',
  SINGLE_LIMIT: 'BAD_REQUEST',
  ANNUAL_LIMIT: 'BAD_REQUEST',
  COUNTRY: 'BAD_REQUEST',
  BUSY: 'TOO_MANY_REQUESTS',
};

/** Runs one storefront call; its refusals come back as 4xx ActionErrors in the shop's language. */
export async function shopCall<T>(lang: StoreLanguage, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof StorefrontError) throw new ActionError({ code: STOREFRONT_ERROR_STATUS[e.code], message: storefrontErrorText(lang, e.code, e.vars) });
    throw e;
  }
}

function isTabled(id: string): id is DomainErrorId {
  return Object.hasOwn(ACTION_ERRORS, id);
}

export function localeOfRequest(url: URL): Locale {
  return localeFromPath(url.pathname);
}

/** Rethrows a domain error of the table as a localized ActionError; anything else propagates. */
export function toActionError(error: unknown, locale: Locale): never {
  if (error instanceof DomainError && isTabled(error.id)) {
    const m = ACTION_ERRORS[error.id];
    throw new ActionError({ code: m.status, message: t(locale, m.key, { ...error.vars }) });
  }
  throw error;
}

/** Runs one domain call of an action; its domain errors come back as localized 4xx ActionErrors. */
export async function domainCall<T>(locale: Locale, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    toActionError(e, locale);
  }
}

export function forbidden(locale: Locale): ActionError {
  return new ActionError({ code: 'FORBIDDEN', message: t(locale, 'forbidden.body') });
}

/**
 * The signed-in user of an action, if they hold the permission (decided by
 * the one permission table); otherwise a localized 401 or 403. An action with
 * a row in ACTION_PERMISSIONS must ask for that row's permission: pages decide
 * which forms to show from the row, so the two cannot drift apart.
 */
export function requirePermission(
  context: { locals: App.Locals; url: URL },
  permission: Permission,
  signInMessage: MessageKey = 'quiz.signin',
): { user: NonNullable<App.Locals['user']>; locale: Locale } {
  const locale = localeOfRequest(context.url);
  const action = actionNameOf(context.url);
  const row = action ? ACTION_PERMISSIONS[action] : undefined;
  if (row !== undefined && row !== permission) throw new Error(`action ${action} checks ${permission} but its row in ACTION_PERMISSIONS says ${row}`);
  const user = context.locals.user;
  if (!user) throw new ActionError({ code: 'UNAUTHORIZED', message: t(locale, signInMessage) });
  if (!can(user, permission)) throw forbidden(locale);
  return { user, locale };
}
