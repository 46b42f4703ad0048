/** The session cookie: HttpOnly, SameSite=Lax, Secure in production, Path=/. */
import type { AstroCookies } from 'astro';
import { SESSION_COOKIE } from '#lib/auth/session.ts';

export function setSessionCookie(cookies: AstroCookies, token: string, expiresAt: Date): void {
  cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: import.meta.env.PROD && process.env['INSECURE_COOKIES'] !== '1',
    path: '/',
    expires: expiresAt,
  });
}

export function deleteSessionCookie(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}

export function readSessionCookie(cookies: AstroCookies): string | undefined {
  return cookies.get(SESSION_COOKIE)?.value;
}
