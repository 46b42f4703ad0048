/**
 * Page-weight budgets, on the built site and the production server (issue 15):
 * - every page a viewer reaches (the crawl of ./crawl.ts: every demo account, both languages) sends at most
 *   50 KB of HTML + CSS compressed, counted as the bytes that went over the wire (the document's encoded
 *   body, and each stylesheet's precompressed copy that the server sends for `Accept-Encoding: br`);
 * - no page asks any host but its own for anything (fonts, analytics, CDNs);
 * - the workbench editor bundle (Monaco with the XML language and the editor worker, the chunks only the
 *   editor loads) is at most 1.2 MB compressed, no other Monaco language or worker is built, and the editor
 *   is requested only after the page has loaded.
 * (Lesson pages without interactive parts shipping no JavaScript beyond the shell's: ./js-budget.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crawl, reportCoverage } from './crawl.ts';
import { DEMO, signIn } from './helpers.ts';

const CLIENT = join(process.cwd(), 'dist', 'client');
const PAGE_BUDGET = 50 * 1024;
const EDITOR_BUDGET = 1_200_000;

/** The bytes the server sends for a built file asked for with brotli: its .br copy when there is one. */
function sentSize(url: string): number {
  const file = join(CLIENT, decodeURIComponent(new URL(url).pathname));
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}

/** Script chunks and every chunk they import (statically only, or also by `import()`), as file names under _astro/. */
function chunkGraph(start: string[], dynamic: boolean): Set<string> {
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const name = queue.pop()!;
    if (found.has(name)) continue;
    found.add(name);
    const src = readFileSync(join(CLIENT, '_astro', name), 'utf8');
    const imports = dynamic ? /["'`]\.\/([\w.-]+\.js)["'`]/g : /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;
    for (const m of src.matchAll(imports)) queue.push(m[1]!);
  }
  return found;
}

test('every page sends at most 50 KB of HTML + CSS compressed, and asks no other host for anything', async ({ browser }) => {
  test.setTimeout(600_000);
  expect(existsSync(CLIENT), 'run `npm run build` first').toBe(true);
  const heaviest: { url: string; bytes: number }[] = [];
  const outside: string[] = [];
  const { visited, unreached } = await crawl(
    browser,
    async ({ viewer, url, page }) => {
      const entries = await page.evaluate(() => [
        ...performance.getEntriesByType('navigation').map((e) => ({ name: e.name, type: 'document', encoded: (e as PerformanceNavigationTiming).encodedBodySize })),
        ...performance.getEntriesByType('resource').map((e) => ({ name: e.name, type: (e as PerformanceResourceTiming).initiatorType, encoded: 0 })),
      ]);
      const origin = new URL(page.url()).origin;
      for (const e of entries) {
        const u = new URL(e.name);
        if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin) outside.push(`${viewer} ${url}: ${e.name}`);
      }
      const doc = entries.find((e) => e.type === 'document');
      const sheets = await page.$$eval('link[rel="stylesheet"][href]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
      const bytes = (doc?.encoded ?? 0) + sheets.reduce((n, href) => n + sentSize(href), 0);
      expect(doc?.encoded, `${url}: the document's size is known`).toBeGreaterThan(0);
      expect(bytes, `${viewer} ${url}: HTML + CSS compressed`).toBeLessThanOrEqual(PAGE_BUDGET);
      heaviest.push({ url: `${viewer} ${url}`, bytes });
    },
    { perRoute: 1, maxPages: 40 },
  );
  reportCoverage(visited, unreached);
  expect(outside, 'requests to other hosts').toEqual([]);
  heaviest.sort((a, b) => b.bytes - a.bytes);
  console.log(`HTML + CSS compressed, heaviest of ${heaviest.length} pages:\n${heaviest.slice(0, 5).map((h) => `  ${(h.bytes / 1024).toFixed(1)} KB ${h.url}`).join('\n')}`);
});

test('the workbench editor bundle: Monaco with XML and the editor worker only, at most 1.2 MB compressed, loaded after the page', async ({ page }) => {
  const files = readdirSync(join(CLIENT, '_astro'));
  const panel = files.filter((f) => /^EditorPanel\.[\w-]+\.js$/.test(f));
  const island = files.filter((f) => /^DeclarationEditor\.[\w-]+\.js$/.test(f));
  expect(panel.length, 'one editor panel chunk').toBe(1);
  expect(island.length, 'one declaration editor island chunk').toBe(1);
  // Chunks the island loads anyway (React, its own code) are not the editor's; everything else the panel pulls in is.
  const before = chunkGraph(island, false);
  const editorOnly = [...chunkGraph(panel, true)].filter((f) => !before.has(f));
  const workers = files.filter((f) => /worker[\w-]*\.js$/.test(f));
  expect(workers.length, `editor worker files: ${workers.join(', ')}`).toBe(1);
  expect(workers[0]).toMatch(/^editor\.worker/);
  expect(files.filter((f) => /(?:ts|css|json|html)\.worker/.test(f)), 'other language workers').toEqual([]);
  const bundle = [...editorOnly, ...workers];
  const bytes = bundle.reduce((n, f) => n + sentSize(`http://x/_astro/${f}`), 0);
  console.log(`editor bundle ${(bytes / 1e6).toFixed(2)} MB brotli: ${bundle.join(', ')}`);
  expect(bytes).toBeLessThanOrEqual(EDITOR_BUDGET);

  // In the browser: the panel chunk is fetched only once the page has fired its load event.
  await signIn(page, DEMO.learner);
  await page.goto('/sandbox/editor-preview');
  await expect(page.locator('.decl-editor .monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  const order = await page.evaluate((name) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const chunk = performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/_astro/${name}`));
    return { loadEnd: nav.loadEventEnd, chunkStart: chunk?.startTime ?? -1 };
  }, panel[0]!);
  expect(order.chunkStart, 'the editor chunk was requested').toBeGreaterThan(0);
  expect(order.chunkStart, 'the editor chunk is requested after the load event').toBeGreaterThanOrEqual(order.loadEnd);
});
