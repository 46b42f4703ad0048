/** POST /signout: ends this session (a plain form post, so it works without JavaScript). */
import type { APIRoute } from 'astro';
import { signOutCurrent } from '../../actions/auth.ts';
import { deleteSessionCookie } from '#server/cookies.ts';
import { localizePath } from '#i18n/locales.ts';
import { pageLocale } from '#server/page.ts';

export const prerender = false;

export const POST: APIRoute = async ({ locals, cookies, params, redirect }) => {
  const locale = pageLocale(params) ?? 'zh-CN';
  await signOutCurrent(locals.authSession?.id);
  deleteSessionCookie(cookies);
  return redirect(localizePath('/', locale), 303);
};
