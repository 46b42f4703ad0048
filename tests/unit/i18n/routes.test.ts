/** `[...lang]` matches any prefix, so a nested page must not end in a top-level section's name. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/db.ts';

const base = join(ROOT, 'src', 'pages', '[...lang]');
function routes(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return routes(p);
    return /\.(astro|ts)$/.test(n) ? [relative(base, p).replace(/\.(astro|ts)$/, '').replace(/\/index$/, '')] : [];
  });
}

describe('localized routes', () => {
  it('no nested route ends in a top-level section name', () => {
    const all = routes(base);
    const topLevel = new Set(all.filter((r) => !r.includes('/') && !r.startsWith('[')));
    const clashes = all.filter((r) => r.includes('/') && topLevel.has(r.split('/').pop() ?? ''));
    expect(clashes).toEqual([]);
  });
});
