/**
 * Where to send a user after sign-in: the `next` they came from, only when it
 * is a path on this site. The check is the browser's own: `next` is resolved
 * with `new URL(next, origin)` and must keep the origin, and it may hold no
 * control characters (browsers drop TAB/LF/CR inside URLs, so `/\t/evil`
 * becomes `//evil`; a newline would also be an invalid Location header).
 */
const BASE = 'https://academy.invalid';
/** The longest `next` accepted. */
export const NEXT_MAX = 2048;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** `next` as a same-origin path (path + query + hash), or `fallback`. */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || next.length > NEXT_MAX || CONTROL.test(next) || next.includes('\\')) return fallback;
  if (!next.startsWith('/') || next.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // The normalized form must itself resolve here (e.g. `/./%2F/x` stays a path).
  return path.startsWith('//') ? fallback : path;
}
