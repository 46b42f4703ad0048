/** Small helpers every page uses: its locale from the `[...lang]` param, and safe redirect targets. */
import { localeFromParam, type Locale } from '#i18n/locales.ts';

/** The page's locale, or null when the `lang` segment is not one of ours (the page answers 404). */
export function pageLocale(params: Record<string, string | undefined>): Locale | null {
  return localeFromParam(params['lang']);
}

/** Only same-origin paths may be a `next` target (src/lib/auth/safe-redirect.ts). */
export { safeNext } from '#lib/auth/safe-redirect.ts';

/**
 * The signed-in user of a page under a protected path. The middleware has
 * already authorized the request from the one permission table; reaching a
 * protected page without a user is a bug, not a user error.
 */
export function signedInUser(locals: App.Locals): NonNullable<App.Locals['user']> {
  if (!locals.user) throw new Error('protected page rendered without a signed-in user');
  return locals.user;
}
