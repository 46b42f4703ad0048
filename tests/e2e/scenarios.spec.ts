import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';

test.describe('without JavaScript', () => {
  // The no-JavaScript path: the plain form posts to the server, which grades.
  test.use({ javaScriptEnabled: false });

  test('from a lesson, fix the sandbox task, pass it and see the lesson complete', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.learner);

    await page.goto('/courses/customs-clearance/03-three-doc-match');
    const task = page.locator('.sandbox-task[data-scenario="import-9610-amount-paid"]');
    await expect(task).toContainText('三单对碰：找出支付单的错误');
    await task.getByRole('link', { name: '在沙盒中打开' }).click();
    await expect(page).toHaveURL(/\/sandbox\/scenarios\/import-9610-amount-paid$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('三单对碰：找出支付单的错误');

    // the starting messages fail, with the finding linked to its lesson
    await page.getByRole('button', { name: '签名并申报（判分）' }).click();
    await expect(page.locator('#result [data-result]')).toHaveAttribute('data-result', 'failed');
    const finding = page.locator('.finding-list li[data-code="MATCH_AMOUNT_PAID"]');
    await expect(finding).toBeVisible();
    await expect(finding.getByRole('link')).toHaveAttribute('href', '/courses/customs-clearance/03-three-doc-match');
    await expect(page.locator('[data-criterion="fixed"]')).toHaveAttribute('data-met', '0');

    // fix the payment in the textarea (the form came back filled in) and submit again
    const payment = page.locator('#decl-xml-CEB411');
    const xml = await payment.inputValue();
    expect(xml).toContain('<ceb:amountPaid>560.00</ceb:amountPaid>');
    await payment.fill(xml.replace('<ceb:amountPaid>560.00</ceb:amountPaid>', '<ceb:amountPaid>568.10</ceb:amountPaid>'));
    await page.getByRole('button', { name: '签名并申报（判分）' }).click();
    await expect(page.locator('#result [data-result]')).toHaveAttribute('data-result', 'passed');
    await expect(page.locator('#result')).toContainText('已记入课程进度');
    await expect(page.locator('[data-criterion="taxBill-0"]')).toHaveAttribute('data-met', '1');
    await expect(page.locator('table[data-attempts] tbody tr')).toHaveCount(2);

    // the list shows it passed, the course page shows the lesson done
    await page.goto('/sandbox/scenarios');
    await expect(page.locator('[data-scenario="import-9610-amount-paid"] [data-status]')).toHaveAttribute('data-status', 'passed');
    await page.goto('/courses/customs-clearance');
    const row = page.locator('.syllabus li', { has: page.locator('a[href="/courses/customs-clearance/03-three-doc-match"]') });
    await expect(row).toHaveClass(/done/);
    await expect(row.locator('.done-tag')).toBeVisible();
  });

  test('bad input answers 4xx and keeps what was typed', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, DEMO.learner);
    await page.goto('/en/sandbox/scenarios/import-tax-total');
    for (const kind of ['CEB311', 'CEB411', 'CEB511', 'CEB621']) await page.locator(`#decl-xml-${kind}`).fill('');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Sign and declare (graded)' }).click()]);
    expect(response.status()).toBe(400);
    await expect(page.locator('#error-summary')).toContainText('Fill in at least one message');
    await page.locator('#decl-xml-CEB311').fill('<not xml');
    await page.getByRole('button', { name: 'Sign and declare (graded)' }).click();
    await expect(page.locator('#result [data-result]')).toHaveAttribute('data-result', 'failed');
    await expect(page.locator('#decl-xml-CEB311')).toHaveValue('<not xml');
    await expect(page.locator('.finding-list li').first()).toBeVisible();
  });

});

test('scenario pages and results are axe clean (editor island blocked, plain form)', async ({ page }) => {
  await page.route(/DeclarationEditor|EditorPanel|monaco/i, (route) => route.abort());
  await signIn(page, DEMO.learner);
  await page.goto('/courses/import-tax/02-tax-formula');
  await expect(page.locator('.sandbox-task[data-scenario="import-tax-total"]')).toBeVisible();
  await expectAxeClean(page);
  await page.goto('/sandbox/scenarios');
  expect(await page.locator('.scenario-card').count()).toBeGreaterThanOrEqual(12);
  await expectAxeClean(page);
  await page.goto('/en/sandbox/scenarios/import-tax-total');
  await expect(page.locator('#decl-xml-CEB311')).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Sign and declare (graded)' }).click();
  await expect(page.locator('#result [data-result]')).toHaveAttribute('data-result', 'failed');
  await expect(page.locator('.finding-list li[data-code="TAX_TOTAL_MISMATCH"]')).toBeVisible();
  await expectAxeClean(page);
});

test('an unknown scenario is a 404 and anonymous users are sent to sign in', async ({ page }) => {
  const anon = await page.goto('/sandbox/scenarios/import-tax-total');
  expect(page.url()).toContain('/signin');
  expect(anon?.status()).toBeLessThan(500);
  await signIn(page, DEMO.learner);
  const missing = await page.goto('/sandbox/scenarios/no-such-task');
  expect(missing?.status()).toBe(404);
});

test('the lesson shows the learner’s result on the scenario it opens', async ({ page }) => {
  await signIn(page, DEMO.learner);
  // The seeded demo activity failed, then passed import-payment-draft from this lesson.
  await page.goto('/courses/payment-finance/01-cross-border-payment');
  await expect(page.locator('.sandbox-task[data-scenario="import-payment-draft"] [data-scenario-status]')).toHaveText('✓ 你已通过这个情景');
  await page.goto('/en/courses/payment-finance/01-cross-border-payment');
  await expect(page.locator('.sandbox-task[data-scenario="import-payment-draft"] [data-scenario-status]')).toHaveText('✓ You have passed this scenario');
});
