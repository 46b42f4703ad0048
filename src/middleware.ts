/**
 * Every request: security headers → bounded body → authenticate (session cookie) → authorize
 * (the one permission table). Prerendered pages pass through at build time
 * without touching the database.
 */
import { randomUUID } from 'node:crypto';
import type { APIContext } from 'astro';
import { defineMiddleware, sequence } from 'astro:middleware';
import { actionNameOf, authorizePath, mayCallAction } from './lib/auth/permissions.ts';
import { t } from './i18n/index.ts';
import { sessionExpiresAt, validateAuthSessionToken } from './lib/auth/session.ts';
import { localeFromPath, localizePath, stripLocale } from './i18n/locales.ts';
import { getDb } from './server/db.ts';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './server/cookies.ts';
import { applySecurityHeaders } from './server/security-headers.ts';
import { bodyLimit, checkBody } from './server/body-limit.ts';
import { NEXT_MAX } from './lib/auth/safe-redirect.ts';
import { jsonLog, logLine } from './server/http/lifecycle.ts';

/**
 * A route that throws while it renders: one JSON log line with the request id, and the answer is our 500 page
 * (src/pages/500.astro, showing that id) — or, for endpoints and actions, JSON with it — instead of Astro's bare 500.
 */
async function renderFailure(context: APIContext, error: unknown): Promise<Response> {
  const requestId = context.locals.requestId ?? '';
  const path = context.url.pathname;
  // A failed query (drizzle) names the database's own error as its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? { cause: error.cause.message } : {};
  logLine(jsonLog, 'error', 'render error', { requestId, method: context.request.method, path, error: String(error), ...cause, stack: error instanceof Error ? error.stack : undefined });
  if (path.startsWith('/api/') || path.startsWith('/_actions/')) {
    const message = `${t('zh-CN', 'serverError.title')} ${t('en', 'serverError.title')} (${requestId})`;
    return new Response(JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message, requestId }), { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' } });
  }
  context.locals.renderFailed = true;
  const page = await context.rewrite('/500');
  return new Response(page.body, { status: 500, headers: page.headers });
}

const securityHeaders = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  // The listener's request id (src/server/http/lifecycle.ts, also sent back as X-Request-Id).
  context.locals.requestId = context.request.headers.get('x-request-id') ?? randomUUID();
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    if (context.locals.renderFailed) throw error;
    response = await renderFailure(context, error);
  }
  applySecurityHeaders(response.headers, context.url.pathname);
  const retryAfter = context.locals.retryAfterSeconds;
  if (retryAfter !== undefined && response.status === 429) response.headers.set('Retry-After', String(retryAfter));
  // A signed-in page is this user's alone: never stored by a browser cache or a proxy.
  if (context.locals.user && !response.headers.has('cache-control')) response.headers.set('Cache-Control', 'private, no-store');
  // Any other rendered answer is revalidated on every use, like the prerendered HTML (static-files.ts): no cache
  // may serve it from a heuristic freshness of its own (an anonymous page to a signed-in user, say).
  if (!response.headers.has('cache-control')) response.headers.set('Cache-Control', 'no-cache');
  return response;
});

function refuse(context: APIContext, status: 400 | 413): Response {
  const message =
    status === 413
      ? `请求内容过大(上限 ${bodyLimit()} 字节)。 The request body is too large (limit ${bodyLimit()} bytes).`
      : '请求内容不是有效的 JSON。 The request body is not valid JSON.';
  const json = context.url.pathname.startsWith('/_actions/') || context.url.pathname.startsWith('/api/');
  const headers = { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', connection: 'close' };
  return new Response(json ? JSON.stringify({ code: status === 413 ? 'CONTENT_TOO_LARGE' : 'BAD_REQUEST', message }) : message, { status, headers });
}

/**
 * One body limit for every route, checked before anything reads the body
 * (src/server/body-limit.ts). Astro answers 500 when an action receives JSON
 * it cannot parse; bad input must get a 4xx, so JSON bodies of actions (by
 * script or by a page's `?_action=`) and endpoints are parsed here first,
 * within the limit.
 */
const boundedBody = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const { request } = context;
  const path = context.url.pathname;
  // A page post naming an action (`?_action=NAME`, the form path without JavaScript) reaches the same action parser.
  const parsedByAstro = path.startsWith('/_actions/') || path.startsWith('/api/') || context.url.searchParams.has('_action');
  const isJson = (request.headers.get('content-type') ?? '').includes('application/json') && parsedByAstro;
  const checked = await checkBody(request, bodyLimit(), isJson);
  if (!checked.ok) return refuse(context, checked.status);
  // An empty body is Astro's to judge (no input); white space only is not JSON, and Astro would answer 500 to it.
  if (isJson && checked.text !== null && checked.text !== '') {
    try {
      JSON.parse(checked.text);
    } catch {
      return refuse(context, 400);
    }
  }
  return next();
});

const authenticate = defineMiddleware(async (context, next) => {
  context.locals.user = null;
  context.locals.authSession = null;
  if (context.isPrerendered) return next();
  const token = readSessionCookie(context.cookies);
  if (token) {
    const db = await getDb();
    const result = await validateAuthSessionToken(db, token);
    if (result.ok) {
      context.locals.user = result.user;
      context.locals.authSession = result.authSession;
      if (result.refreshed) setSessionCookie(context.cookies, token, sessionExpiresAt(result.authSession));
    } else {
      deleteSessionCookie(context.cookies);
    }
  }
  return next();
});

/**
 * An action called from a script (`POST /_actions/NAME`) is judged by its row
 * in ACTION_PERMISSIONS before Astro reads its input, so a refused caller gets
 * 401 or 403 whatever it sent. (A form post, `?_action=NAME`, reaches the
 * action, whose requirePermission() checks the same row and lets the page show
 * the reason.)
 */
function refuseAction(context: APIContext): Response | null {
  if (context.request.method !== 'POST' || !context.url.pathname.startsWith('/_actions/')) return null;
  const action = actionNameOf(context.url);
  if (!action || mayCallAction(context.locals.user, action) !== false) return null;
  const signedIn = context.locals.user !== null;
  let locale = localeFromPath(context.url.pathname);
  try {
    locale = localeFromPath(new URL(context.request.headers.get('referer') ?? '', context.url).pathname);
  } catch {
    // A referer that is no URL: the default language.
  }
  const code = signedIn ? 'FORBIDDEN' : 'UNAUTHORIZED';
  const message = t(locale, signedIn ? 'forbidden.body' : 'quiz.signin');
  return new Response(JSON.stringify({ type: 'AstroActionError', code, status: signedIn ? 403 : 401, message }), {
    status: signedIn ? 403 : 401,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

const authorize = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const refused = refuseAction(context);
  if (refused) return refused;
  const path = stripLocale(context.url.pathname.replace(/\/+$/, '') || '/');
  const decision = authorizePath(path, context.locals.user);
  if (decision === 'sign-in') {
    const locale = localeFromPath(context.url.pathname);
    // A `next` longer than sign-in accepts (safe-redirect.ts) is left out: it would only make the Location header huge.
    const back = [context.url.pathname + context.url.search, context.url.pathname].find((p) => p.length <= NEXT_MAX);
    return context.redirect(`${localizePath('/signin', locale)}${back ? `?next=${encodeURIComponent(back)}` : ''}`, 303);
  }
  if (decision === 'forbidden') {
    const locale = localeFromPath(context.url.pathname);
    const response = await context.rewrite(localizePath('/forbidden', locale));
    return new Response(response.body, { status: 403, headers: response.headers });
  }
  return next();
});

export const onRequest = sequence(securityHeaders, boundedBody, authenticate, authorize);
