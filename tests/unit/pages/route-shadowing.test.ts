/**
 * Pages under src/pages/[...lang]/ start with a rest parameter, so Astro may
 * match a URL to a shorter route whose tail fits it, with the rest of the URL
 * taken as the "language": `/[...lang]/orders/[id]` caught
 * `/sandbox/orders/<id>` (lang = "sandbox"), the page found no such locale and
 * answered 404. Route priority between such pairs follows file names, not
 * meaning, so no localized route may fit the tail of another.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALIZED = join(process.cwd(), 'src', 'pages', '[...lang]');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The segments after the locale of every localized route (partials starting with `_` are not routes). */
function localizedRoutes(): string[][] {
  return walk(LOCALIZED)
    .filter((f) => /\.(astro|ts|js|md|mdx)$/.test(f))
    .map((f) => relative(LOCALIZED, f).split(sep))
    .filter((parts) => !parts.some((p) => p.startsWith('_')))
    .map((parts) => {
      const last = parts.pop()!.replace(/\.(astro|ts|js|md|mdx)$/, '');
      return last === 'index' ? parts : [...parts, last];
    });
}

const isParam = (s: string) => /^\[[^\]]+\]$/.test(s);

/** Whether `short` (matched after a rest parameter) fits the last segments of a URL of `long`. */
function shadows(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  const tail = long.slice(long.length - short.length);
  // A parameter of the short route takes any segment; a fixed segment must equal a fixed one of the long route.
  return short.every((s, i) => isParam(s) || s === tail[i]);
}

describe('localized routes', () => {
  it('the check finds the shadowing that broke the order page', () => {
    expect(shadows(['orders', '[id]'], ['sandbox', 'orders', '[order]'])).toBe(true);
    expect(shadows(['verify', '[id]'], ['verify', '[id]', 'status.json'])).toBe(false);
    expect(shadows([], ['sandbox'])).toBe(false);
  });

  it('no route fits the tail of another (a URL of one would reach the other with a wrong locale)', () => {
    const routes = localizedRoutes();
    const clashes = routes.flatMap((a) => routes.filter((b) => shadows(a, b)).map((b) => `/${a.join('/')} catches /${b.join('/')}`));
    expect(clashes).toEqual([]);
  });
});
