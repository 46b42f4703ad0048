/** Maps domain errors to ActionErrors whose message is already in the page's language. */
import { ActionError } from 'astro:actions';
import { t, type MessageKey } from '#i18n/index.ts';
import { localeFromPath, type Locale } from '#i18n/locales.ts';
import { AuthError, type AuthErrorCode } from '#lib/auth/errors.ts';
import { ACTION_PERMISSIONS, actionNameOf, can, type Permission } from '#lib/auth/permissions.ts';

const AUTH_MESSAGES: Record<AuthErrorCode, { key: MessageKey; code: ActionError['code'] }> = {
  EMAIL_TAKEN: { key: 'err.emailTaken', code: 'CONFLICT' },
  INVALID_CREDENTIALS: { key: 'err.invalidCredentials', code: 'UNAUTHORIZED' },
  RATE_LIMITED: { key: 'err.rateLimited', code: 'TOO_MANY_REQUESTS' },
  INVITE_INVALID: { key: 'err.inviteInvalid', code: 'BAD_REQUEST' },
  INVITE_ROLE_MISMATCH: { key: 'err.inviteRole', code: 'BAD_REQUEST' },
  ACCOUNT_DISABLED: { key: 'err.disabled', code: 'FORBIDDEN' },
  NOT_FOUND: { key: 'err.notFound', code: 'NOT_FOUND' },
  INVALID_STATE: { key: 'err.invalidState', code: 'CONFLICT' },
};

export function localeOfRequest(url: URL): Locale {
  return localeFromPath(url.pathname);
}

/** Rethrows an AuthError as a localized ActionError; anything else propagates. */
export function toActionError(error: unknown, locale: Locale): never {
  if (error instanceof AuthError) {
    const m = AUTH_MESSAGES[error.code];
    const minutes = Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 60_000));
    throw new ActionError({ code: m.code, message: t(locale, m.key, { minutes }) });
  }
  throw error;
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
