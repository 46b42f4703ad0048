/**
 * The security headers of every response, in one definition: rendered pages
 * get them from src/middleware.ts, prerendered pages and built files from the
 * HTTP server in front of Astro (src/server/http/serve.ts), which calls the
 * same function. Plain TypeScript with no imports, so Node can run it by
 * stripping types.
 *
 * The Content-Security-Policy here carries what a <meta> policy cannot say
 * (frame-ancestors) and what holds for any response (no plugins, no foreign
 * <base>, forms post only here). Scripts and styles are governed by the policy
 * Astro writes for each page from `security.csp` in astro.config.mjs (hashes
 * of its own and of our inline scripts): a response may carry several
 * policies and the browser enforces all of them, so the two never loosen
 * each other. See docs/decisions/0005-hardening-headers.md.
 */

/** The policy sent as a header on every response. */
export const HEADER_CSP = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ');

/** The directives Astro adds to every page's own policy, besides script-src and style-src (astro.config.mjs). */
export const PAGE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Monaco's editor worker is a built file under /_astro/; blob: for the worker bootstrap some browsers use.
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
] as const;

export interface SecurityHeaderOptions {
  /** Served to the browser over HTTPS (directly or through the trusted proxy): adds HSTS. */
  secure?: boolean;
}

/** Whether this process serves over HTTPS by configuration: production without INSECURE_COOKIES=1 (the cookies' rule). */
export function servedSecurely(env: Record<string, string | undefined> = process.env): boolean {
  return env['NODE_ENV'] === 'production' && env['INSECURE_COOKIES'] !== '1';
}

/**
 * The headers for a response to `pathname` (page, endpoint or built file):
 * today every path gets the same set; the parameter lets a path differ
 * without changing the callers.
 */
export function securityHeaders(_pathname: string, options: SecurityHeaderOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': HEADER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (options.secure ?? servedSecurely()) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

/**
 * Puts the headers on a Fetch Response (the middleware's). A policy Astro
 * already set on the response (rendered pages) is kept: ours is appended as a
 * second policy, and both apply.
 */
export function applySecurityHeaders(headers: Headers, pathname: string, options: SecurityHeaderOptions = {}): void {
  for (const [name, value] of Object.entries(securityHeaders(pathname, options))) {
    if (name === 'Content-Security-Policy' && headers.has(name)) headers.append(name, value);
    else headers.set(name, value);
  }
}
