/** Who is signed in, with the header's navigation HTML, for prerendered pages. */
import type { APIRoute } from 'astro';
import { navigationFor } from '#lib/auth/permissions.ts';
import { renderAuthTools, renderNavItems } from '#server/nav.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals, url, request }) => {
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'zh-CN';
  const user = locals.user;
  const referer = request.headers.get('referer');
  let current = '/';
  try {
    if (referer) current = new URL(referer).pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  } catch {
    current = '/';
  }
  const body = user
    ? {
        user: { displayName: user.displayName, role: user.role, status: user.status },
        navHtml: renderNavItems(navigationFor(user), locale, current),
        toolsHtml: renderAuthTools(user, locale, current),
      }
    : { user: null };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' } });
};
