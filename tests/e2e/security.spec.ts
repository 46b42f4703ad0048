/**
 * Hardening on the built site: security headers and a Content-Security-Policy
 * on every kind of response (rendered, prerendered, built files), which the
 * pages live with (Monaco and its worker, React islands, our inline scripts);
 * a bounded request body; a safe redirect after sign-in.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAxeClean, signIn, signInAfterSignUp } from './helpers.ts';

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBeTruthy();
  expect(headers['permissions-policy'], what).toContain('camera=()');
}

/** Console messages about a blocked resource or inline script. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

test('rendered pages, endpoints and redirects carry the headers; signed-in pages are not cached', async ({ request, page }) => {
  for (const path of ['/signin', '/en/signup', '/api/me', '/learn', '/no-such-page']) {
    const r = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(r.headers(), path);
  }
  // Rendered HTML is revalidated on every use, like the prerendered pages.
  for (const path of ['/signin', '/courses']) expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  await signIn(page, DEMO.learner);
  const home = await page.request.get('/learn');
  expect(home.headers()['cache-control']).toBe('private, no-store');
});

// Prerendered pages and built files are served by the HTTP server in front of Astro (src/server/http/serve.ts on the
// perf branch), which calls securityHeaders() for them: this test needs that server.
test('prerendered pages and built files carry the headers too', async ({ request }) => {
  const home = await request.get('/');
  expectSecurityHeaders(home.headers(), '/');
  const html = await home.text();
  const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  expectSecurityHeaders((await request.get(asset ?? '/')).headers(), asset ?? '');
  expectSecurityHeaders((await request.get('/favicon.svg')).headers(), '/favicon.svg');
});

test('the pages work under the policy: no violation on the home page, a lesson, the editor with Monaco, the workbench', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto('/');
  await page.goto('/courses');
  const lesson = await page.locator('a[href^="/courses/"]').first().getAttribute('href');
  await page.goto(lesson ?? '/courses');
  await signIn(page, DEMO.learner);
  await page.goto('/sandbox/editor-preview');
  await expect(page.locator('.decl-editor .monaco-editor')).toBeVisible({ timeout: 20_000 });
  // Monaco's worker started (it validates in the worker) and its styles applied.
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.goto('/sandbox');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('a body over the limit is refused with 413 before it is read', async ({ request, baseURL }) => {
  const big = 'x'.repeat(3 * 1024 * 1024);
  const action = await request.post('/_actions/auth.signIn', { data: `{"a":"${big}"}`, headers: { 'content-type': 'application/json' } });
  expect(action.status()).toBe(413);
  const api = await request.post('/api/lesson-status', { data: `{"a":"${big}"}`, headers: { 'content-type': 'application/json' } });
  expect(api.status()).toBe(413);
  const form = await request.post('/signin', { form: { email: big, password: 'x' }, headers: { origin: new URL(baseURL ?? '').origin } });
  expect(form.status()).toBe(413);
  const malformed = await request.post('/api/lesson-status', { data: '{"lessonId":', headers: { 'content-type': 'application/json' } });
  expect(malformed.status()).toBe(400);
});

test('sign-in never ends on another host, and a newline in next is not a 500', async ({ page }) => {
  for (const next of ['/\t/evil.example', '/\n/evil.example', '//evil.example', '/\\evil.example']) {
    await page.context().clearCookies();
    await signIn(page, DEMO.learner, `/signin?next=${encodeURIComponent(next)}`);
    expect(new URL(page.url()).hostname, next).toBe('127.0.0.1');
    expect(new URL(page.url()).pathname, next).toBe('/learn');
  }
});

test('repeated wrong passwords get 429 with Retry-After; an admin lifts the wait from the console (axe-clean)', async ({ page, browser }) => {
  const other = await browser.newContext();
  const guesser = await other.newPage();
  let status = 0;
  let retryAfter: string | null = null;
  guesser.on('response', (r) => {
    if (r.request().method() === 'POST' && new URL(r.url()).pathname === '/signin') {
      status = r.status();
      retryAfter = r.headers()['retry-after'] ?? null;
    }
  });
  for (let i = 0; i < 8 && status !== 429; i++) await signIn(guesser, { email: DEMO.instructor.email, password: `wrong-${i}-password` });
  expect(status).toBe(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  await other.close();

  await signIn(page, DEMO.admin);
  await page.goto('/admin');
  await expect(page.locator('#unlock-h')).toBeVisible();
  await expectAxeClean(page);
  await page.locator('#unlock-h ~ form input[name=email]').fill(DEMO.instructor.email);
  await page.locator('#unlock-h ~ form button[type=submit]').click();
  await expect(page.locator('[role=status]').filter({ hasText: DEMO.instructor.email })).toBeVisible();
  await expect(page.locator('table.audit-log tr', { hasText: '解除了登录等待' }).first()).toContainText('张老师（演示教师）');

  await page.context().clearCookies();
  await signIn(page, DEMO.instructor);
  expect(new URL(page.url()).pathname).toBe('/instructor');
});

test('signing up with a registered e-mail answers exactly like a new sign-up; the owner reads a notice on their account page', async ({ playwright, baseURL, page }) => {
  /** One sign-up post from a fresh client (no cookies), and the page its redirect leads to. */
  async function signUpAs(email: string): Promise<{ status: number; location: string | undefined; cookies: string[]; page: string }> {
    const client = await playwright.request.newContext({ baseURL: baseURL! });
    const form = await (await client.get('/signup/learner')).text();
    const action = /<form method="POST" action="([^"]+)"/.exec(form)![1]!.replaceAll('&amp;', '&');
    const r = await client.post(`/signup/learner${action}`, { headers: { Origin: baseURL! }, form: { displayName: '同名', email, password: 'somebody-else-1' }, maxRedirects: 0 });
    const location = r.headers()['location'];
    const cookies = r.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value.split('=')[0]!);
    const next = await client.get(location ?? '/signin', { maxRedirects: 0 });
    const body = (await next.text()).replace(/nonce="[^"]*"|sha256-[A-Za-z0-9+/=]+|data-astro-cid-[a-z0-9]+/g, '');
    await client.dispose();
    return { status: r.status(), location, cookies, page: body };
  }
  const fresh = await signUpAs(`fresh-${Date.now()}@example.cn`);
  const taken = await signUpAs(DEMO.learner.email);
  expect(fresh.status).toBe(303);
  expect(fresh.location).toBe('/signin?registered=1');
  expect(taken).toEqual(fresh);
  expect(fresh.cookies).toEqual([]);
  expect(fresh.page).toContain('注册申请已收到');

  await signIn(page, DEMO.learner);
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: '用你的邮箱尝试注册的记录' })).toBeVisible();
  await expectAxeClean(page);
});

test('changing the password ends every other sign-in and keeps this one (without JavaScript, axe-clean)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `pw-${Date.now()}@example.cn`;
  await page.goto('/signup/learner');
  await page.locator('#f-displayName').fill('改密学员');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill('first-password-1');
  await page.getByRole('button', { name: '创建账户' }).click();
  await signInAfterSignUp(page, email, 'first-password-1');
  const other = await (await browser.newContext()).newPage();
  await other.goto('/signin');
  await signInAfterSignUpForm(other, email, 'first-password-1');
  await expect(other).toHaveURL(/\/learn\/?$/);

  await page.goto('/account');
  await page.locator('#f-currentPassword').fill('not-my-password');
  await page.locator('#f-newPassword').fill('second-password-2');
  await page.locator('#f-confirmPassword').fill('second-password-2');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.locator('#error-summary')).toContainText('当前密码不正确。');
  await page.locator('#f-currentPassword').fill('first-password-1');
  await page.locator('#f-newPassword').fill('second-password-2');
  await page.locator('#f-confirmPassword').fill('second-password-2');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('status').filter({ hasText: '密码已修改' })).toBeVisible();
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/learn\/?$/);
  await other.goto('/learn');
  await expect(other).toHaveURL(/\/signin\?next=/);
  await signInAfterSignUpForm(other, email, 'second-password-2');
  await expect(other).toHaveURL(/\/learn\/?$/);
  await other.goto('/account');
  await expectAxeClean(other);
  await context.close();
});

/** Fills the sign-in form already open on the page. */
async function signInAfterSignUpForm(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.locator('main form').getByRole('button').click();
}
