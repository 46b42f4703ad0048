/**
 * Generated from the one permission table: every row of ROUTE_PERMISSIONS
 * (pages in both languages, endpoints) and of ACTION_PERMISSIONS is tried with
 * no session and as every role, on the built server. Each answer is exactly
 * what the row says: allowed (never 401, 403, the sign-in redirect or a 5xx),
 * 403, or the sign-in redirect (actions: 401). Then ownership: a learner
 * cannot open or change another learner's store.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { join } from 'node:path';
import { ACTION_PERMISSIONS, authorizePath, mayCallAction, ROUTE_PERMISSIONS, type Principal } from '#lib/auth/permissions.ts';
import { loadContent } from '#lib/content/check.ts';
import { DEMO, signIn, signInAfterSignUp } from './helpers.ts';
import { VIEWERS, type Viewer } from './crawl.ts';
import { openStore } from './workbench-helpers.ts';

const content = loadContent(join(process.cwd(), 'content'));
const lesson = [...content.lessons].sort((a, b) => a.course.localeCompare(b.course) || a.data.order - b.data.order)[0]!;
const partner = [...content.courses.values()][0]?.partner ?? 'lnpu';

/** Real values where the page is prerendered (only built paths exist); an unknown id elsewhere (the page answers 404 when allowed). */
const PARAMS: Record<string, string> = { course: lesson.course, lesson: lesson.slug, id: 'no-such-id', store: 'no-such-store', order: 'no-such-order', declaration: 'no-such-declaration', slug: 'no-such-shop' };

function pathOf(route: string): string {
  const filled = route.replace(/\[(\w+)\]/g, (_, name: string) => PARAMS[name] ?? 'x1');
  return route === '/partners/[id]' ? `/partners/${partner}` : filled;
}

/** Endpoints answer one method; everything else is read with GET. */
const METHOD: Record<string, 'POST'> = { '/signout': 'POST', '/api/lesson-status': 'POST' };
/** Pages under src/pages/[...lang]/ have an English twin under /en. */
const localized = (route: string) => !route.startsWith('/api/') && route !== '/healthz' && !route.startsWith('/.well-known/');

const principalOf = (viewer: Viewer): Principal | null => (viewer === 'anonymous' ? null : { role: viewer, status: 'active' });

type Outcome = 'allow' | 'forbidden' | 'sign-in';

function outcomeOf(r: APIResponse): string {
  const location = r.headers()['location'] ?? '';
  if (r.status() >= 500) return `5xx (${r.status()})`;
  if (r.status() >= 300 && r.status() < 400 && /^(?:https?:\/\/[^/]+)?(?:\/en)?\/signin\?next=/.test(location)) return 'sign-in';
  if (r.status() === 403) return 'forbidden';
  if (r.status() === 401) return 'unauthorized';
  return 'allow';
}

async function contextFor(viewer: Viewer, browser: import('@playwright/test').Browser): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  if (viewer !== 'anonymous') await signIn(await context.newPage(), DEMO[viewer]);
  return { request: context.request, close: () => context.close() };
}

test('every route answers every viewer exactly as its row says', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  let tried = 0;
  for (const viewer of VIEWERS) {
    const { request, close } = await contextFor(viewer, browser);
    const principal = principalOf(viewer);
    // Signing out ends the viewer's session: it goes last.
    for (const route of Object.keys(ROUTE_PERMISSIONS).sort((a, b) => Number(a === '/signout') - Number(b === '/signout'))) {
      const decision = authorizePath(pathOf(route), principal);
      const expected: Outcome = decision === 'sign-in' ? 'sign-in' : decision === 'forbidden' || route === '/forbidden' ? 'forbidden' : 'allow';
      for (const prefix of localized(route) ? ['', '/en'] : ['']) {
        const path = `${prefix}${pathOf(route)}`.replace(/(.)\/$/, '$1');
        const headers = { origin: baseURL!, 'content-type': 'application/json' };
        const r = METHOD[route] === 'POST' ? await request.post(path, { headers, data: { lessonId: `${lesson.course}/${lesson.slug}` }, maxRedirects: 0 }) : await request.get(path, { maxRedirects: 0 });
        tried += 1;
        const got = outcomeOf(r);
        if (got !== expected) problems.push(`${viewer} ${METHOD[route] ?? 'GET'} ${path}: expected ${expected}, got ${got} (${r.status()})`);
      }
    }
    await close();
  }
  expect(problems).toEqual([]);
  expect(tried).toBeGreaterThan(400);
});

test('every action answers every viewer exactly as its row says', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  // Signing out everywhere ends the viewer's session: it goes last.
  const actions = Object.keys(ACTION_PERMISSIONS).sort((a, b) => Number(a === 'auth.signOutEverywhere') - Number(b === 'auth.signOutEverywhere'));
  for (const viewer of VIEWERS) {
    const { request, close } = await contextFor(viewer, browser);
    const principal = principalOf(viewer);
    for (const action of actions) {
      const may = mayCallAction(principal, action);
      const expected = may ? 'allow' : principal ? 'forbidden' : 'unauthorized';
      // An empty input: an allowed caller gets the action's own answer (mostly 400 for the missing fields).
      const r = await request.post(`/_actions/${action}`, { headers: { origin: baseURL!, 'content-type': 'application/json' }, data: {}, maxRedirects: 0 });
      const got = outcomeOf(r);
      if (got !== expected) problems.push(`${viewer} ${action}: expected ${expected}, got ${got} (${r.status()}) ${(await r.text()).slice(0, 120)}`);
    }
    await close();
  }
  expect(problems).toEqual([]);
});

test('ownership: a learner cannot open or change another learner’s store', async ({ browser, baseURL }) => {
  const owner = await (await browser.newContext()).newPage();
  await owner.goto('/signup/learner');
  await owner.locator('#f-displayName').fill('店主学员');
  const ownerEmail = `owner-${Date.now()}@example.cn`;
  await owner.locator('#f-email').fill(ownerEmail);
  await owner.locator('#f-password').fill('owner-pass-12345');
  await owner.getByRole('button', { name: '创建账户' }).click();
  await signInAfterSignUp(owner, ownerEmail, 'owner-pass-12345');
  await expect(owner).toHaveURL(/\/learn\/?$/);
  await openStore(owner, '他人的店铺', 'advanced-certified');
  const storePath = new URL(owner.url()).pathname;
  const storeId = storePath.split('/').pop()!;
  expect(storePath).toMatch(/^\/sandbox\/stores\/[^/]+$/);

  const { request, close } = await contextFor('learner', browser);
  const page = await request.get(storePath, { maxRedirects: 0 });
  expect(page.status()).toBe(404);
  const form = { storeId, sku: 'X-1', price: '1.00', hsCode: '1901101010', grossKg: '1', netKg: '1', originCountry: '601', unit: '122', title_zh: '不应上架', description_zh: '不应上架' };
  const add = await request.post('/_actions/sandbox.addProduct', { headers: { origin: baseURL! }, form, maxRedirects: 0 });
  expect(add.status()).toBeGreaterThanOrEqual(400);
  expect(add.status()).toBeLessThan(500);
  const day = await request.post('/_actions/sandbox.runMarketDay', { headers: { origin: baseURL! }, form: { storeId, seed: '1', asOf: '2026-05-10' }, maxRedirects: 0 });
  expect(day.status()).toBeGreaterThanOrEqual(400);
  expect(day.status()).toBeLessThan(500);
  await close();
  // The owner's store is as it was: no product, no market day.
  await owner.reload();
  await expect(owner.getByText('不应上架')).toHaveCount(0);
  await expect(owner.locator('table').filter({ hasText: 'X-1' })).toHaveCount(0);
  await owner.context().close();
});
