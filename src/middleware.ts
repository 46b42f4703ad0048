/**
 * Every request: security headers → bounded body → authenticate (session cookie) → authorize
 * (the one permission table). Prerendered pages pass through at build time
 * without touching the database.
 */
import type { APIContext } from 'astro';
import { defineMiddleware, sequence } from 'astro:middleware';
import { authorizePath } from './lib/auth/permissions.ts';
import { sessionExpiresAt, validateAuthSessionToken } from './lib/auth/session.ts';
import { localeFromPath, localizePath, stripLocale } from './i18n/locales.ts';
import { getDb } from './server/db.ts';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './server/cookies.ts';
import { applySecurityHeaders } from './server/security-headers.ts';
import { bodyLimit, checkBody } from './server/body-limit.ts';

const securityHeaders = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  applySecurityHeaders(response.headers, context.url.pathname);
  const retryAfter = context.locals.retryAfterSeconds;
  if (retryAfter !== undefined && response.status === 429) response.headers.set('Retry-After', String(retryAfter));
  // A signed-in page is this user's alone: never stored by a browser cache or a proxy.
  if (context.locals.user && !response.headers.has('cache-control')) response.headers.set('Cache-Control', 'private, no-store');
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
 * it cannot parse; bad input must get a 4xx, so JSON bodies of actions and
 * endpoints are parsed here first, within the limit.
 */
const boundedBody = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const { request } = context;
  const path = context.url.pathname;
  const isJson = (request.headers.get('content-type') ?? '').includes('application/json') && (path.startsWith('/_actions/') || path.startsWith('/api/'));
  const checked = await checkBody(request, bodyLimit(), isJson);
  if (!checked.ok) return refuse(context, checked.status);
  if (isJson && checked.text !== null && checked.text.trim() !== '') {
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

const authorize = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const path = stripLocale(context.url.pathname.replace(/\/+$/, '') || '/');
  const decision = authorizePath(path, context.locals.user);
  if (decision === 'sign-in') {
    const locale = localeFromPath(context.url.pathname);
    const back = context.url.pathname + context.url.search;
    return context.redirect(`${localizePath('/signin', locale)}?next=${encodeURIComponent(back)}`, 303);
  }
  if (decision === 'forbidden') {
    const locale = localeFromPath(context.url.pathname);
    const response = await context.rewrite(localizePath('/forbidden', locale));
    return new Response(response.body, { status: 403, headers: response.headers });
  }
  return next();
});

export const onRequest = sequence(securityHeaders, boundedBody, authenticate, authorize);
