/**
 * The site as each viewer sees it, discovered rather than listed: the route
 * files under src/pages give the page patterns (and the static pages to start
 * from); each viewer (anonymous and every demo account) signs in, and a
 * bounded breadth-first crawl follows the links of its navigation and pages in
 * both languages, so dynamic pages are visited with real ids from the demo
 * data and a page merged tomorrow is covered without editing the tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Role } from '#lib/db/schema-auth.ts';
import { DEMO, signIn } from './helpers.ts';

export type Viewer = 'anonymous' | Role;
export const VIEWERS: readonly Viewer[] = ['anonymous', 'learner', 'enterprise', 'instructor', 'government', 'admin'];
export const LOCALES = [
  { locale: 'zh-CN', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;
export type CrawlLocale = (typeof LOCALES)[number]['locale'];

export interface Route {
  /** The route file, relative to src/pages. */
  file: string;
  pattern: RegExp;
  /** The path when the route has no parameters (a place to start crawling). */
  staticPath: string | null;
}

const PAGES = join(process.cwd(), 'src', 'pages');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every page route under src/pages/[...lang]/ (not endpoints, not partials whose name starts with `_`). */
export function discoverRoutes(): Route[] {
  const root = join(PAGES, '[...lang]');
  return walk(root)
    .filter((f) => f.endsWith('.astro') && !relative(root, f).split(sep).some((part) => part.startsWith('_')))
    .map((f) => {
      const rel = relative(root, f).split(sep).join('/').replace(/\.astro$/, '');
      const segments = rel.split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
      const dynamic = segments.some((s) => s.startsWith('['));
      const source = segments.map((s) => (s.startsWith('[...') ? '.+' : s.startsWith('[') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
      return { file: relative(PAGES, f), pattern: new RegExp(`^/${source}$`), staticPath: dynamic ? null : `/${segments.join('/')}` };
    })
    .sort((a, b) => (a.staticPath === null ? 1 : 0) - (b.staticPath === null ? 1 : 0));
}

/** The route a path (without locale prefix) belongs to; static routes win over dynamic ones. */
export function routeOf(routes: readonly Route[], path: string): Route | undefined {
  return routes.find((r) => r.staticPath !== null && r.pattern.test(path)) ?? routes.find((r) => r.pattern.test(path));
}

export interface VisitedPage {
  viewer: Viewer;
  locale: CrawlLocale;
  url: string;
  route: Route;
  page: Page;
}

export interface CrawlOptions {
  /** Pages visited per route, viewer and language (real ids from the demo data). */
  perRoute?: number;
  /** Pages visited per viewer and language at most. */
  maxPages?: number;
}

const SKIP = /^\/(?:api|_actions|_astro|_server-islands|pagefind)\b|\/signout$|\.(?:xml|json|csv|pdf|png|jpe?g|svg|zip|txt)$/;

function stripLocale(path: string): string {
  return path.replace(/^\/en(?=\/|$)/, '').replace(/\/+$/, '') || '/';
}

/**
 * Visits, as every viewer and in both languages, each static route and the
 * pages their links lead to, calling `check` on each page that answered 200.
 * Pages are only read (GET): the crawl submits nothing.
 */
export async function crawl(browser: Browser, check: (visit: VisitedPage) => Promise<void>, options: CrawlOptions = {}): Promise<{ visited: Map<Viewer, Set<string>>; routes: Route[]; unreached: Route[] }> {
  const routes = discoverRoutes();
  const perRoute = options.perRoute ?? 2;
  const maxPages = options.maxPages ?? 120;
  const visited = new Map<Viewer, Set<string>>(VIEWERS.map((v) => [v, new Set<string>()]));
  const reached = new Set<Route>();
  // Each viewer crawls in a browser context of its own, CRAWL_CONCURRENCY (3) of them at once: a page load mostly
  // waits (for the server, the load event, the lesson status), so three at a time take about a third of the time.
  const crawlAs = async (viewer: Viewer): Promise<void> => {
    const context = await browser.newContext();
    // Images and fonts tell nothing about forms or words.
    await context.route(/\.(?:png|jpe?g|webp|woff2?)$/, (r) => r.abort());
    const page = await context.newPage();
    if (viewer !== 'anonymous') await signIn(page, DEMO[viewer]);
    const seen = visited.get(viewer)!;
    for (const { locale, prefix } of LOCALES) {
      const perRouteCount = new Map<Route, number>();
      const queue: string[] = [`${prefix}/`, ...routes.flatMap((r) => (r.staticPath ? [`${prefix}${r.staticPath === '/' ? '/' : r.staticPath}`] : []))];
      const queued = new Set(queue);
      let count = 0;
      while (queue.length > 0 && count < maxPages) {
        const url = queue.shift()!;
        const route = routeOf(routes, stripLocale(url));
        if (!route) continue;
        const n = perRouteCount.get(route) ?? 0;
        if (n >= perRoute) continue;
        const lessonStatus = route.file.includes('[lesson]') ? page.waitForResponse('**/api/lesson-status', { timeout: 10_000 }).catch(() => null) : null;
        const response = await page.goto(url, { waitUntil: 'load' });
        await lessonStatus;
        // Protected pages a viewer may not open, pages needing a form result, redirects to sign in.
        if (!response || response.status() !== 200 || stripLocale(new URL(page.url()).pathname) !== stripLocale(url)) continue;
        perRouteCount.set(route, n + 1);
        reached.add(route);
        count += 1;
        seen.add(`${locale} ${url}`);
        await check({ viewer, locale, url, route, page });
        const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const href of links) {
          const target = new URL(href);
          if (target.origin !== new URL(page.url()).origin) continue;
          const path = target.pathname.replace(/\/+$/, '') || '/';
          if (SKIP.test(path) || (prefix === '/en') !== /^\/en(?=\/|$)/.test(path)) continue;
          if (queued.has(path)) continue;
          queued.add(path);
          queue.push(path);
        }
      }
    }
    await context.close();
  };
  const waiting = [...VIEWERS];
  const lanes = Math.max(1, Number(process.env['CRAWL_CONCURRENCY'] ?? 3));
  await Promise.all(Array.from({ length: lanes }, async () => {
    for (let viewer = waiting.shift(); viewer !== undefined; viewer = waiting.shift()) await crawlAs(viewer);
  }));
  return { visited, routes, unreached: routes.filter((r) => ![...reached].includes(r)) };
}

/**
 * Notes in the test report how far the crawl got: pages per viewer, and the
 * routes no viewer reached (pages that need data the demo accounts do not
 * have, or that no page links to).
 */
export function reportCoverage(visited: Map<Viewer, Set<string>>, unreached: readonly Route[]): void {
  const info = test.info();
  info.annotations.push({ type: 'pages', description: [...visited].map(([viewer, pages]) => `${viewer}: ${pages.size}`).join(', ') });
  if (unreached.length > 0) info.annotations.push({ type: 'not reached', description: unreached.map((r) => r.file).join(', ') });
  for (const [viewer, pages] of visited) expect(pages.size, `pages visited as ${viewer}`).toBeGreaterThan(10);
}
