import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';
import { addFormula, noJs, openStore, releaseIfHeld, runDay, seedWith } from './workbench-helpers.ts';

// The return forms are driven without JavaScript (plain textareas); axe runs with JavaScript on.

/** A released order of a fresh AEO store. */
async function releasedOrder(page: Page, browser: Browser, orderNo: string, seed: number): Promise<void> {
  await openStore(page, `退货实训铺${Date.now() % 100000}`, 'advanced-certified');
  await addFormula(page);
  await runDay(page, seed);
  await page.getByRole('link', { name: orderNo }).click();
  await page.getByRole('button', { name: '签名并申报', exact: true }).click();
  await releaseIfHeld(page, browser, orderNo);
  await expect(page.locator('#order-status')).toHaveText('已放行');
}

test('learner: return of a released import order, accepted within the window and rejected past it (no JavaScript)', async ({ page: jsPage, browser }) => {
  const { seed, orderNo } = seedWith(null);
  await signIn(jsPage, DEMO.learner);
  const page = await noJs(browser, jsPage);
  await releasedOrder(page, browser, orderNo, seed);
  const orderUrl = page.url();

  // the return form: date defaults to the order date + 7 days, every line in full
  await expect(page.getByRole('heading', { name: '申请退货（CEB625）' })).toBeVisible();
  await expect(page.locator('#f-asOf')).toHaveValue('2026-05-17');
  await expect(page.locator('#f-qty')).not.toHaveValue('0');
  await expect(page.locator('#follow-ups')).toContainText('此订单还没有退货或汇总申报');

  // a missing reason: 400 with the error summary, nothing filed
  await page.locator('#f-reason').fill(' ');
  const bad = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: '生成退货申请草稿' }).click();
  expect((await bad).status()).toBe(400);
  await expect(page.locator('#error-summary')).toContainText('退货原因');

  // 40 days after the release: rejected by customs with RETURN_WINDOW_EXPIRED and a lesson link
  await page.locator('#f-asOf').fill('2026-06-19');
  await page.locator('#f-reason').fill('质量问题');
  await page.getByRole('button', { name: '生成退货申请草稿' }).click();
  await page.getByRole('button', { name: '签名并申报退货' }).click();
  await expect(page.locator('#return-result')).toHaveAttribute('data-status', 'rejected');
  await expect(page.locator('#return-result [data-code=RETURN_WINDOW_EXPIRED] a')).toHaveAttribute('href', /\/courses\/customs-clearance\/06-returns/);

  // within the window: drafted from the list, signed, declared, concluded (CEB626 399)
  await page.goto(orderUrl);
  await page.locator('#f-reason').fill('消费者七天无理由退货，商品未拆封');
  await page.getByRole('button', { name: '生成退货申请草稿' }).click();
  const xml = await page.locator('#f-xml').inputValue();
  expect(xml).toContain('<ceb:reason>消费者七天无理由退货，商品未拆封</ceb:reason>');
  expect(xml).toMatch(/<ceb:invtNo>\d{4}2026I\d+<\/ceb:invtNo>/);
  await page.getByRole('button', { name: '签名并申报退货' }).click();
  await expect(page.locator('#return-result')).toHaveAttribute('data-status', 'cleared');
  await expect(page.locator('#return-result')).toContainText('399');
  await expect(page.locator('#order-status')).toHaveText('已放行');

  // after a reload both returns are listed, newest first, with their timelines
  await page.goto(orderUrl);
  await expect(page.locator('#follow-ups .wb-attempt')).toHaveCount(2);
  const listed = page.locator('#follow-ups .wb-attempt').first();
  await expect(listed).toHaveAttribute('data-status', 'cleared');
  await expect(listed).toContainText('退货申请（CEB625）');
  await expect(listed.locator('[data-event=accepted]')).toBeVisible();
  await expect(listed.locator('[data-event=cleared]')).toBeVisible();
  await expect(page.locator('#follow-ups .wb-attempt').nth(1)).toHaveAttribute('data-status', 'rejected');
  // everything was returned: nothing is left to return
  await expect(page.locator('#f-qty')).toHaveValue('0');

  // with JavaScript: the page, and the refusal to draft a return of goods already returned, are axe-clean
  await jsPage.goto(orderUrl);
  await expectAxeClean(jsPage);
  await jsPage.locator('#f-reason').fill('破损');
  await jsPage.getByRole('button', { name: '生成退货申请草稿' }).click();
  await expect(jsPage.locator('#error-summary')).toBeVisible();
  await expectAxeClean(jsPage);
});
