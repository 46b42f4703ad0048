import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';
import { addFormula, noJs, openStore, releaseIfHeld, runDay, seedWith, tag } from './workbench-helpers.ts';

// The declaration form is driven without JavaScript (plain textareas); the Monaco path is in workbench-editor.spec.ts.

test('learner: store with a product in two languages, market day, fix the seeded mistake, declare, released', async ({ page: jsPage, browser }) => {
  const { seed, orderNo } = seedWith('MATCH_CONSIGNEE');
  await signIn(jsPage, DEMO.learner);
  const page = await noJs(browser, jsPage);
  const name = `实训奶粉铺${Date.now() % 100000}`;
  await openStore(page, name, 'advanced-certified');
  await jsPage.goto(page.url());
  await expectAxeClean(jsPage);
  // bad input: a price with three decimals is refused with a 400 and the form keeps what was typed
  await page.locator('#f-sku').fill('BAD-1');
  await page.locator('#f-price').fill('1.234');
  await page.locator('#f-grossKg').fill('1');
  await page.locator('#f-netKg').fill('1');
  await page.locator('#f-title_en').fill('Bad price');
  const bad = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: '上架' }).click();
  expect((await bad).status()).toBe(400);
  await expect(page.locator('#error-summary')).toContainText('199.00');
  await expect(page.locator('#f-title_en')).toHaveValue('Bad price');
  await page.locator('#f-title_en').fill('');
  await addFormula(page);
  await runDay(page, seed);

  // the public storefront shows published products only (storefront.spec.ts): this unpublished one is not public
  const shopHref = await page.getByRole('link', { name: 'Русский' }).getAttribute('href');
  const storeUrl = page.url();
  expect((await page.goto(shopHref ?? ''))?.status()).toBe(404);

  await page.goto(storeUrl);
  await page.getByRole('link', { name: orderNo }).click();
  await expect(page.locator('#decl-xml-CEB511')).toBeVisible();
  await jsPage.goto(page.url());
  await expectAxeClean(jsPage);

  // attempt 1 as drafted: the waybill goes to another address → rejected with MATCH_CONSIGNEE
  await page.getByRole('button', { name: '签名并申报' }).click();
  await expect(page.locator('#declare-result')).toHaveAttribute('data-status', 'rejected');
  await expect(page.locator('[data-code=MATCH_CONSIGNEE]').first()).toBeVisible();
  await expect(page.locator('[data-code=MATCH_CONSIGNEE] a').first()).toHaveAttribute('href', /\/courses\/customs-clearance\//);

  // fix the waybill's consignee address to the order's, then declare again
  const order = await page.locator('#decl-xml-CEB311').inputValue();
  const waybill = await page.locator('#decl-xml-CEB511').inputValue();
  const right = tag(order, 'consigneeAddress');
  const wrong = tag(waybill, 'consigneeAddress');
  expect(right).not.toBe(wrong);
  await page.locator('#decl-xml-CEB511').fill(waybill.replace(`<ceb:consigneeAddress>${wrong}<`, `<ceb:consigneeAddress>${right}<`));
  await page.getByRole('button', { name: '签名并申报' }).click();
  await expect(page.locator('#declare-result')).toContainText('第 2 次申报');
  if (!(await releaseIfHeld(page, browser, orderNo))) await expect(page.locator('#declare-result')).toHaveAttribute('data-status', 'cleared');
  await expect(page.locator('#order-status')).toHaveText('已放行');
  const latest = page.locator('.wb-attempt').first();
  await expect(latest.locator('[data-event=released]')).toBeVisible();
  await expect(latest.locator('[data-event=cleared]')).toBeVisible();
  await expect(latest.locator('[data-tax-total]')).toBeVisible();
  await jsPage.goto(page.url());
  await expectAxeClean(jsPage);

  await jsPage.goto('/sandbox');
  await expect(jsPage.locator('[data-stat=submitted]')).not.toHaveText('0');
  await expectAxeClean(jsPage);
});

test('a held declaration is released by the regulator and the learner sees it in the timeline', async ({ page: jsPage, browser }) => {
  const { seed, orderNo } = seedWith(null);
  await signIn(jsPage, DEMO.learner);
  const page = await noJs(browser, jsPage);
  const name = `布控演示店${Date.now() % 100000}`;
  await openStore(page, name, 'seriously-dishonest');
  await addFormula(page);
  await runDay(page, seed);
  await page.getByRole('link', { name: orderNo }).click();
  await page.getByRole('button', { name: '签名并申报' }).click();
  await expect(page.locator('#declare-result')).toHaveAttribute('data-status', /^(review|inspection)$/);
  const orderUrl = page.url();

  const ctx = await browser.newContext();
  const gov = await ctx.newPage();
  await signIn(gov, DEMO.government);
  await gov.goto('/regulator');
  await expectAxeClean(gov);
  await gov.getByRole('link', { name: orderNo }).click();
  await expect(gov.locator('.wb-findings')).toContainText(/RISK_(MANUAL_REVIEW|INSPECTION)/);
  await expectAxeClean(gov);
  // rejecting without a reason is refused
  const refused = gov.waitForResponse((r) => r.request().method() === 'POST');
  await gov.getByRole('button', { name: '退单' }).click();
  expect((await refused).status()).toBe(400);
  await expect(gov.locator('#error-summary')).toContainText('退单必须写明原因');
  await gov.locator('#f-note').fill('查验无异常，准予放行');
  await gov.getByRole('button', { name: '放行' }).click();
  await expect(gov.getByRole('status')).toContainText('结关');
  await ctx.close();

  await page.goto(orderUrl);
  await expect(page.locator('#order-status')).toHaveText('已放行');
  const latest = page.locator('.wb-attempt').first();
  await expect(latest.locator('[data-event=released]')).toContainText('查验无异常，准予放行');
  await expect(latest.locator('[data-event=released]')).toContainText('处理人');
  await expect(latest.locator('[data-tax-total]')).toBeVisible();
});
