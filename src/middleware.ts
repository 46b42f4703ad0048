/**
 * Every request: security headers → authenticate (session cookie) → authorize
 * (the one permission table). Prerendered pages pass through at build time
 * without touching the database.
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { authorizePath } from './lib/auth/permissions.ts';
import { sessionExpiresAt, validateAuthSessionToken } from './lib/auth/session.ts';
import { localeFromPath, localizePath, stripLocale } from './i18n/locales.ts';
import { getDb } from './server/db.ts';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './server/cookies.ts';

const securityHeaders = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
});

/**
 * Astro answers 500 when an action receives JSON it cannot parse; bad input
 * must get a 4xx, so malformed JSON bodies are refused here first.
 */
const rejectMalformedJson = defineMiddleware(async (context, next) => {
  const { request } = context;
  if (request.method !== 'POST' || !context.url.pathname.startsWith('/_actions/')) return next();
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) return next();
  try {
    const text = await request.clone().text();
    if (text.trim() !== '') JSON.parse(text);
  } catch {
    return new Response(JSON.stringify({ code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON。 The request body is not valid JSON.' }), {
      status: 400,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
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

export const onRequest = sequence(securityHeaders, rejectMalformedJson, authenticate, authorize);
