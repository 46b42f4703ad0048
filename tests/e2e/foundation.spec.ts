import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn, signInAfterSignUp } from './helpers.ts';

test('home page in both languages explains the platform, and is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('在实战中学跨境电商');
  await expect(page.getByText('综试区人才计划')).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('link', { name: '切换语言' }).click();
  await expect(page).toHaveURL(/\/en\/?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn cross-border e-commerce by doing it');
  await expectAxeClean(page);
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/partners/lnpu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('辽宁石油化工大学');
  await page.getByRole('link', { name: '切换语言' }).click();
  await expect(page).toHaveURL(/\/en\/partners\/lnpu\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Liaoning Shihua University');
  await page.getByRole('link', { name: 'Change language' }).click();
  await expect(page).toHaveURL(/\/partners\/lnpu\/?$/);
});

test('a learner signs up, signs out, signs in and reaches the learner desk', async ({ page }) => {
  const email = `e2e-${Date.now()}@example.cn`;
  await page.goto('/signup/learner');
  await expectAxeClean(page);
  await page.locator('#f-displayName').fill('测试学员');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill('e2e-password-123');
  await page.locator('#f-institutionId').selectOption('lnpu');
  await page.getByRole('button', { name: '创建账户' }).click();
  await expectAxeClean(page);
  await signInAfterSignUp(page, email, 'e2e-password-123');
  await expect(page).toHaveURL(/\/learn\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的学习');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'academy_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  await expectAxeClean(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/signin\?next=%2Flearn/);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill('e2e-password-123');
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/learn\/?$/);
});

test('a bad sign-up shows the errors in the page’s language and keeps the input', async ({ page }) => {
  await page.goto('/en/signup/learner');
  await page.locator('#f-displayName').fill('Tester');
  await page.locator('#f-email').fill('not-an-email');
  await page.locator('#f-password').fill('short');
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Create account' }).click()]);
  expect(response.status()).toBe(400);
  await expect(page.locator('#error-summary')).toContainText('Enter a valid e-mail address.');
  await expect(page.locator('#error-summary')).toContainText('The password must be 10 to 128 characters long.');
  await expect(page.locator('#f-displayName')).toHaveValue('Tester');
  await expect(page.locator('#f-email')).toHaveValue('not-an-email');
});

test('an anonymous visitor is sent to sign in and back', async ({ page }) => {
  await page.goto('/en/admin');
  await expect(page).toHaveURL(/\/en\/signin\?next=%2Fen%2Fadmin/);
  await page.locator('#f-email').fill(DEMO.admin.email);
  await page.locator('#f-password').fill(DEMO.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page).toHaveURL(/\/en\/admin\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
  await expectAxeClean(page);
});

test('a role cannot open another role’s pages: 403 with a helpful page', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有访问权限');
  await expect(page.getByRole('link', { name: '回到我的首页' })).toHaveAttribute('href', '/learn');
  await expectAxeClean(page);
});

for (const [role, heading] of [
  ['learner', '我的学习'],
  ['enterprise', '企业工作台'],
  ['instructor', '教师工作台'],
  ['government', '政务工作台'],
  ['admin', '管理后台'],
] as const) {
  test(`the demo ${role} signs in and sees its own navigation`, async ({ page }) => {
    await signIn(page, DEMO[role]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: heading })).toBeVisible();
    for (const other of ['我的学习', '企业工作台', '教师工作台', '政务工作台', '管理后台'].filter((h) => h !== heading)) {
      await expect(nav.getByRole('link', { name: other })).toHaveCount(0);
    }
  });
}

test('an admin approves a pending enterprise and issues an invite that a government user signs up with', async ({ page, browser }) => {
  const ent = await browser.newPage();
  await ent.goto('/signup/company');
  await ent.locator('#f-enterpriseName').fill('抚顺林蛙油出口有限公司');
  await ent.locator('#f-creditCode').fill('91210400MA0FRG0X1R');
  await ent.locator('#f-displayName').fill('孙经理');
  const entEmail = `ent-${Date.now()}@example.cn`;
  await ent.locator('#f-email').fill(entEmail);
  await ent.locator('#f-password').fill('enterprise-pass-1');
  await ent.getByRole('button', { name: '创建账户' }).click();
  await signInAfterSignUp(ent, entEmail, 'enterprise-pass-1');
  await expect(ent.getByText('企业资料审核中')).toBeVisible();

  await signIn(page, DEMO.admin);
  const card = page.locator('article', { hasText: '抚顺林蛙油出口有限公司' });
  await card.getByRole('button', { name: '通过', exact: true }).click();
  await expect(page.getByText('已处理：抚顺林蛙油出口有限公司')).toBeVisible();
  await ent.reload();
  await expect(ent.getByText('企业资料审核中')).toHaveCount(0);
  await expect(ent.getByText('已通过')).toBeVisible();

  await page.getByRole('radio', { name: '政府工作人员' }).check();
  await page.locator('#f-department').fill('抚顺海关');
  await page.getByRole('button', { name: '生成邀请码' }).click();
  const notice = await page.getByText(/已生成邀请码：/).textContent();
  const code = notice!.split('：')[1]!.trim();
  const gov = await browser.newPage();
  await gov.goto('/signup/invite?role=government');
  await gov.locator('#f-inviteCode').fill(code);
  await gov.locator('#f-displayName').fill('海关学员');
  const govEmail = `gov-${Date.now()}@example.cn`;
  await gov.locator('#f-email').fill(govEmail);
  await gov.locator('#f-password').fill('government-pass-1');
  await gov.getByRole('button', { name: '创建账户' }).click();
  await signInAfterSignUp(gov, govEmail, 'government-pass-1');
  await expect(gov.getByRole('heading', { level: 1 })).toHaveText('政务工作台');
  await expect(gov.getByText('抚顺海关')).toBeVisible();
});

test('malformed, oversized or misdirected input to any action answers 4xx, never 500', async ({ request, baseURL }) => {
  const origin = { Origin: baseURL! };
  for (const action of ['auth.signIn', 'auth.signUpLearner', 'lessons.submitQuiz', 'lessons.enrol', 'admin.issueInvite', 'sandbox.createStore', 'scenarios.submit']) {
    // A Buffer, so Playwright sends the bytes as they are rather than JSON-encoding the string.
    const garbage = await request.post(`/_actions/${action}`, { headers: { ...origin, 'content-type': 'application/json' }, data: Buffer.from('{{{{') });
    expect(garbage.status(), `${action} malformed JSON`).toBe(400);
    const wrongType = await request.post(`/_actions/${action}`, { headers: { ...origin, 'content-type': 'application/json' }, data: { email: 'a@b.cn' } });
    expect(wrongType.status(), `${action} JSON to a form action`).toBeGreaterThanOrEqual(400);
    expect(wrongType.status(), `${action} JSON to a form action`).toBeLessThan(500);
    const junkForm = await request.post(`/_actions/${action}`, { headers: origin, form: { x: '1', email: '\u0000' } });
    expect(junkForm.status(), `${action} junk form`).toBeGreaterThanOrEqual(400);
    expect(junkForm.status(), `${action} junk form`).toBeLessThan(500);
    const big = await request.post(`/_actions/${action}`, { headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' }, data: 'a='.padEnd(3_000_000, 'a') });
    expect(big.status(), `${action} oversized`).toBeGreaterThanOrEqual(400);
    expect(big.status(), `${action} oversized`).toBeLessThan(500);
  }
  const crossSite = await request.post('/_actions/auth.signIn', { headers: { Origin: 'https://evil.example' }, form: { email: 'a@b.cn', password: 'x' } });
  expect(crossSite.status()).toBe(403);
});

test('government staff see training statistics as accessible tables', async ({ page }) => {
  await signIn(page, DEMO.government);
  await expect(page.getByRole('heading', { name: '培训统计' })).toBeVisible();
  await expect(page.locator('.stat-tiles dd').first()).toHaveText(/\d/);
  await expectAxeClean(page);
});

test('an instructor sees the learners of their institution', async ({ page, browser }) => {
  const learner = await browser.newPage();
  await learner.goto('/signup/learner');
  await learner.locator('#f-displayName').fill('石化学员');
  const learnerEmail = `lnpu-${Date.now()}@example.cn`;
  await learner.locator('#f-email').fill(learnerEmail);
  await learner.locator('#f-password').fill('e2e-password-123');
  await learner.locator('#f-institutionId').selectOption('lnpu');
  await learner.getByRole('button', { name: '创建账户' }).click();
  await signInAfterSignUp(learner, learnerEmail, 'e2e-password-123');
  await expect(learner).toHaveURL(/\/learn\/?$/);
  await signIn(page, DEMO.instructor);
  await expect(page.getByRole('heading', { name: '本校学员' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '石化学员' }).first()).toBeVisible();
  await expectAxeClean(page);
});
