import { expect, test } from './fixtures.ts';
import { DEMO, expectAxeClean, signIn, signInAfterSignUp } from './helpers.ts';

test('the audit log names actors and objects, and links to the account they concern', async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto('/admin');
  const log = page.locator('table.audit-log');
  await expect(log).toBeVisible();
  const learnerRow = log.locator('tr', { hasText: '李明（演示学员）' }).first();
  await expect(learnerRow).toContainText('创建了演示账号');
  await expect(learnerRow).toContainText('学员');
  await expect(log).not.toContainText('seed.demo-account');
  await learnerRow.getByRole('link', { name: '李明（演示学员）' }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('李明（演示学员）');
  await expect(page.locator('dl')).toContainText('learner@demo.academy');
  await expect(page.locator('table.audit-log')).toContainText('创建了演示账号');
  await expectAxeClean(page);

  await page.goto('/en/admin');
  await expect(page.locator('table.audit-log')).toContainText('created the demo account');
  await expectAxeClean(page);
});

test('only administrators open account pages', async ({ page, signInAs }) => {
  await signInAs(DEMO.learner);
  const response = await page.goto('/admin/accounts/anything');
  expect(response?.status()).toBe(403);
});

test('the console pages are axe-clean in both languages', async ({ page, signInAs }) => {
  test.setTimeout(300_000);
  await signInAs(DEMO.admin);
  for (const path of ['/admin/users', '/admin/institutions', '/admin/audit', '/en/admin/users?role=admin']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: /管理后台|Administration/ })).toBeVisible();
    await expectAxeClean(page);
  }
});

test.describe('the admin console works without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an invite code is listed with its status, revoked, and then refused at sign-up in both languages', async ({ page, browser, signInAs }) => {
    await signInAs(DEMO.admin);
    await page.goto('/admin');
    await page.getByRole('radio', { name: '政府工作人员' }).check();
    await page.locator('#f-department').fill('抚顺市市场监督管理局');
    await page.getByRole('button', { name: '生成邀请码' }).click();
    const code = (await page.getByText(/已生成邀请码：/).textContent())!.split('：')[1]!.trim();
    const row = page.locator(`#invite-${code}`);
    await expect(row).toContainText('未使用');
    await row.getByRole('button', { name: `撤销邀请码 ${code}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `已撤销邀请码：${code}` })).toBeVisible();
    await expect(page.locator(`#invite-${code}`)).toContainText('已撤销');
    await expect(page.locator(`#invite-${code}`).getByRole('button')).toHaveCount(0);
    await expect(page.locator('table.audit-log tr', { hasText: '撤销了邀请码' }).first()).toContainText(code);

    for (const [prefix, message] of [['', '该邀请码已被综试区办公室撤销'], ['/en', 'This invite code was revoked by the zone office']] as const) {
      const visitor = await browser.newPage({ javaScriptEnabled: false });
      await visitor.goto(`${prefix}/signup/invite?role=government`);
      await visitor.locator('#f-inviteCode').fill(code);
      await visitor.locator('#f-displayName').fill('来访者');
      await visitor.locator('#f-email').fill(`revoked-${Date.now()}@example.cn`);
      await visitor.locator('#f-password').fill('government-pass-1');
      await visitor.locator('main form button[type=submit]').click();
      await expect(visitor.locator('.error-summary')).toContainText(message);
      await visitor.close();
    }
  });

  test('an admin finds an account, disables it (its session ends, sign-in is refused) and enables it again; never their own', async ({ page, browser, signInAs }) => {
    const email = `disable-me-${Date.now()}@example.cn`;
    const learner = await browser.newPage({ javaScriptEnabled: false });
    await learner.goto('/signup/learner');
    await learner.locator('#f-displayName').fill('待停用学员');
    await learner.locator('#f-email').fill(email);
    await learner.locator('#f-password').fill('learner-pass-123');
    await learner.locator('main form button[type=submit]').click();
    await signInAfterSignUp(learner, email, 'learner-pass-123');
    await expect(learner).toHaveURL(/\/learn$/);

    await signInAs(DEMO.admin);
    await page.goto('/admin/users?role=admin');
    const own = page.locator('tr', { hasText: DEMO.admin.email });
    await expect(own).toContainText('（你）');
    await expect(own.getByRole('button')).toHaveCount(0);
    await page.locator('#f-q').fill(email);
    await page.locator('#f-role').selectOption('');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/\/admin\/users\?q=/);
    const row = page.locator(`tr[data-user="${email}"]`);
    await expect(row).toContainText('正常');
    await row.getByRole('button', { name: '停用 待停用学员' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已停用 待停用学员，结束了 1 个会话。' })).toBeVisible();
    await expect(page.locator(`tr[data-user="${email}"]`)).toContainText('已停用');

    const response = await learner.goto('/learn');
    expect(new URL(learner.url()).pathname).toBe('/signin');
    expect(response?.status()).toBe(200);
    await signIn(learner, { email, password: 'learner-pass-123' });
    await expect(learner.locator('.error-summary')).toContainText('该账户已被停用');

    await page.locator(`tr[data-user="${email}"]`).getByRole('button', { name: '恢复 待停用学员' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已恢复 待停用学员。' })).toBeVisible();
    await signIn(learner, { email, password: 'learner-pass-123' });
    await expect(learner).toHaveURL(/\/learn$/);
    await learner.close();

    await page.goto('/en/admin/audit?kind=user');
    const log = page.locator('table.audit-log');
    await expect(log.locator('tr', { hasText: 'disabled the account' }).first()).toContainText('待停用学员');
    await expect(log.locator('tr', { hasText: 'enabled the account' }).first().getByRole('link', { name: '待停用学员' })).toHaveAttribute('href', /\/en\/admin\/accounts\//);
  });

  test('partner institutions are added and edited; an inactive one is not offered for invites; the audit log filters by kind and period', async ({ page, signInAs }) => {
    const id = `e2e-${Date.now().toString(36)}`;
    await signInAs(DEMO.admin);
    await page.goto('/admin/institutions');
    await page.locator('#new-id').fill(id);
    await page.locator('#new-nameZh').fill('抚顺测试学院');
    await page.locator('#new-nameEn').fill('Fushun Test College');
    await page.locator('#new-kind').selectOption('college');
    await page.locator('#new-contactEmail').fill('not-an-email');
    await page.locator('section[aria-labelledby=add-h] form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toContainText('邮箱');
    await page.locator('#new-contactEmail').fill('office@test.edu.cn');
    await page.locator('section[aria-labelledby=add-h] form button[type=submit]').click();
    await expect(page.getByRole('status').filter({ hasText: '已添加：抚顺测试学院' })).toBeVisible();

    const card = page.locator(`#partner-${id}`);
    await card.locator(`#p-${id}-contactName`).fill('刘老师');
    await card.getByRole('checkbox').uncheck();
    await card.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已保存：抚顺测试学院' })).toBeVisible();
    await expect(page.locator(`#partner-${id} h2`)).toContainText('已停用');
    await expect(page.locator(`#p-${id}-contactName`)).toHaveValue('刘老师');

    await page.goto('/admin');
    await expect(page.locator('#f-institutionId option', { hasText: '抚顺测试学院' })).toHaveCount(0);
    await expect(page.locator('#f-institutionId option', { hasText: '辽宁石油化工大学' })).toHaveCount(1);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await page.goto('/admin/audit');
    await page.locator('#f-kind').selectOption('partner');
    await page.locator('#f-from').fill(today);
    await page.locator('#f-to').fill(today);
    await page.getByRole('button', { name: '筛选' }).click();
    const log = page.locator('table.audit-log');
    await expect(log.locator('tr', { hasText: '添加了合作院校' }).first().getByRole('link', { name: '抚顺测试学院' })).toHaveAttribute('href', `/admin/institutions#partner-${id}`);
    // the contact and the active flag changed in one save: one "changed the record" line
    await expect(log.locator('tr', { hasText: '修改了合作院校信息' }).first()).toContainText('综试区办公室（演示管理员）');
    await expect(log).not.toContainText('注册了账号');

    await page.goto('/admin/audit?from=2026-02-30');
    await expect(page.getByRole('status').filter({ hasText: '已忽略无法识别的日期' })).toBeVisible();
    await page.goto(`/admin/audit?kind=partner&to=2000-01-01`);
    await expect(page.getByText('日志中还没有记录。')).toBeVisible();
  });
});
