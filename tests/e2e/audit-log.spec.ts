import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';

test('the audit log names actors and objects, and links to the account they concern', async ({ page }) => {
  await signIn(page, DEMO.admin);
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

test('only administrators open account pages', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const response = await page.goto('/admin/accounts/anything');
  expect(response?.status()).toBe(403);
});
