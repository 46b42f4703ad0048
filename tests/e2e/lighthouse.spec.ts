/**
 * Lighthouse in the tests (issue 15): the `lighthouse` package (pinned) audits five pages of the built
 * production server in the machine's Chromium — the home page, the course catalogue and a lesson (the
 * content pages), the demo learner's signed-in home and the sandbox workbench (an order with its
 * declaration editor). Lighthouse's default mobile profile: a phone's screen and its default "simulate"
 * throttling, which loads the page unthrottled and computes the metrics a slow 4G phone would see from
 * the recorded trace, so a busy machine moves the scores little (the slow-down is modelled, not
 * applied). Performance and accessibility only, one run per page. Content pages fail under
 * performance 95 or accessibility 100; every score of every page is printed.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Page } from '@playwright/test';
import { SESSION_COOKIE } from '#lib/auth/session.ts';
import { expect, test } from './fixtures.ts';
import { DEMO } from './helpers.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility'] as const;
type Category = (typeof CATEGORIES)[number];
/** The lowest score a content page may have, per category (Lighthouse scores are 0–1). */
const FLOOR: Record<Category, number> = { performance: 0.95, accessibility: 1 };
/** Lighthouse's errors for a trace that was not recorded, as opposed to a page that failed. */
const TRACE_ERRORS = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_DCL', 'NO_RESOURCE_REQUEST']);
const LESSON = '/courses/cbec-fundamentals/01-what-is-cbec';

interface Scores {
  name: string;
  path: string;
  scores: Record<Category, number>;
  metrics: string;
}

const printed: Scores[] = [];
let chrome: chromeLauncher.LaunchedChrome | undefined;

test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] });
});

test.afterAll(() => {
  chrome?.kill();
  const width = Math.max(...printed.map((p) => p.name.length));
  console.log(
    `Lighthouse (mobile, simulated throttling), ${printed.length} pages:\n${printed
      .map((p) => `  ${p.name.padEnd(width)}  ${CATEGORIES.map((c) => `${c} ${Math.round(p.scores[c] * 100)}`).join('  ')}  (${p.metrics})  ${p.path}`)
      .join('\n')}`,
  );
});

/** One Lighthouse run on the page at `path` (with the session cookie when given); records and returns its scores. */
async function audit(name: string, base: string, path: string, cookie?: string): Promise<Record<Category, number>> {
  const url = new URL(path, base).href;
  const run = () =>
    lighthouse(url, {
      port: chrome!.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
  let result = await run();
  // A trace Chromium failed to record (seen on a busy machine) says nothing about the page: record it once more.
  if (result && TRACE_ERRORS.has(result.lhr.runtimeError?.code ?? '')) result = await run();
  expect(result, `${name}: Lighthouse returned a result`).toBeDefined();
  const lhr = result!.lhr;
  // The full report beside the test's other output (open it in the Lighthouse viewer to see what cost points).
  const report = test.info().outputPath(`lighthouse-${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(report, JSON.stringify(lhr));
  await test.info().attach(`lighthouse ${name}`, { path: report, contentType: 'application/json' });
  expect(lhr.runtimeError, `${name}: Lighthouse ran without error`).toBeUndefined();
  // The audit is of the page asked for (a lost session would redirect to the sign-in page), as a phone sees it.
  expect(new URL(lhr.finalDisplayedUrl).pathname, `${name}: no redirect`).toBe(new URL(url).pathname);
  expect(lhr.configSettings.formFactor).toBe('mobile');
  expect(lhr.configSettings.throttlingMethod).toBe('simulate');
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      expect(score, `${name}: ${c} scored`).toEqual(expect.any(Number));
      return [c, score!];
    }),
  ) as Record<Category, number>;
  const metric = (id: string) => `${id.split('-').map((w) => w[0]!.toUpperCase()).join('')} ${lhr.audits[id]?.displayValue ?? '?'}`;
  printed.push({
    name,
    path,
    scores,
    metrics: [metric('first-contentful-paint'), metric('largest-contentful-paint'), metric('total-blocking-time'), metric('cumulative-layout-shift'), `benchmark index ${Math.round(lhr.environment.benchmarkIndex)}`].join(', '),
  });
  return scores;
}

/** Fails (after all categories are checked) when a content page scores under its floor, naming what cost the points. */
function expectFloors(name: string, scores: Record<Category, number>): void {
  for (const c of CATEGORIES) expect.soft(scores[c], `${name}: ${c} at least ${FLOOR[c] * 100}`).toBeGreaterThanOrEqual(FLOOR[c]);
}

async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, 'the session cookie').toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

for (const [name, path] of [
  ['home', '/'],
  ['catalogue', '/courses'],
  ['lesson', LESSON],
] as const) {
  test(`Lighthouse: the ${name} page scores at least performance 95 and accessibility 100 on a phone`, async ({ request, baseURL }) => {
    test.setTimeout(120_000);
    expect((await request.get(path)).status(), `${path} answers`).toBe(200);
    expectFloors(name, await audit(name, baseURL!, path));
  });
}

test('Lighthouse: the signed-in learner home, scores printed', async ({ page, signInAs, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(DEMO.learner);
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/learn\/?$/);
  await audit('learner home', baseURL!, '/learn', await sessionCookie(page));
});

test('Lighthouse: the workbench (an order with its declaration editor), scores printed', async ({ page, signInAs, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(DEMO.learner);
  // The demo learner's first order whose declaration is still to be filed: the page that loads the editor.
  await page.goto('/sandbox');
  const stores = await page.locator('a[href*="/sandbox/stores/"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  let order: string | undefined;
  for (const store of stores) {
    await page.goto(store);
    for (const href of await page.locator('a[href*="/sandbox/orders/"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))])) {
      await page.goto(href);
      if ((await page.locator('textarea[id^="decl-xml-"]').count()) > 0) {
        order = href;
        break;
      }
    }
    if (order) break;
  }
  expect(order, 'an order of the demo learner with a declaration to file').toBeDefined();
  await audit('workbench', baseURL!, order!, await sessionCookie(page));
});
