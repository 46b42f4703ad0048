import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';
import { ASOF, noJs, releaseIfHeld } from './workbench-helpers.ts';
import { generateMarketDay, type MarketProduct } from '#lib/workbench/market-day.ts';

for (const role of ['government', 'instructor'] as const) {
  test(`${role}: opens a graded scenario from the nav, signs and declares, passes; opens the editor preview but not the workbench`, async ({ page: jsPage, browser }) => {
    test.setTimeout(120_000);
    await signIn(jsPage, DEMO[role]);
    await jsPage.goto('/');
    await expect(jsPage.getByRole('link', { name: '沙盒练习' }).first()).toBeVisible();
    // axe on the page itself; Monaco's tokens are checked in the editor spec (as in scenarios.spec.ts)
    await jsPage.route(/DeclarationEditor|EditorPanel|monaco/i, (route) => route.abort());
    await jsPage.goto('/sandbox/scenarios/import-9610-amount-paid');
    await expectAxeClean(jsPage);
    const page = await noJs(browser, jsPage);
    await page.goto('/sandbox/scenarios/import-9610-amount-paid');
    const payment = page.locator('#decl-xml-CEB411');
    await payment.fill((await payment.inputValue()).replace('<ceb:amountPaid>560.00</ceb:amountPaid>', '<ceb:amountPaid>568.10</ceb:amountPaid>'));
    await page.getByRole('button', { name: '签名并申报（判分）' }).click();
    await expect(page.locator('#result [data-result]')).toHaveAttribute('data-result', 'passed');
    expect((await page.goto('/sandbox/editor-preview'))?.status()).toBe(200);
    expect((await page.goto('/sandbox/stores'))?.status()).toBe(403);
  });
}

test('government: the regulator desk has filters and the batch decision, axe-clean', async ({ page }) => {
  await signIn(page, DEMO.government);
  await page.goto('/regulator?code=RISK_INSPECTION&from=2026-01-01');
  await expect(page.getByRole('heading', { name: '筛选' })).toBeVisible();
  await expect(page.locator('#q-from')).toHaveValue('2026-01-01');
  await expectAxeClean(page);
  await page.goto('/en/regulator');
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
  await expectAxeClean(page);
});

const GINSENG: MarketProduct = { id: 'x', sku: 'GS-1', hsCode: '1211201000', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 };

test('learner: an export return (CEB213) of a released 9610 export order, in both languages', async ({ page: jsPage, browser }) => {
  test.setTimeout(180_000);
  let seed = 1, orderNo = '';
  for (; seed < 500; seed++) {
    const o = generateMarketDay({ businessModel: 'export-9610', products: [GINSENG], seed, asOf: ASOF }).find((x) => x.trap === null);
    if (o) { orderNo = o.orderNo; break; }
  }
  await signIn(jsPage, DEMO.learner);
  const page = await noJs(browser, jsPage);
  const name = `出口退货铺${Date.now() % 100000}`;
  await page.goto('/sandbox');
  await page.locator('#f-name').fill(name);
  await page.locator('#f-businessModel').selectOption('export-9610');
  await page.locator('#f-creditTier').selectOption('advanced-certified');
  await page.getByRole('button', { name: '开店' }).click();
  await page.getByRole('link', { name }).click();
  await page.locator('#f-sku').fill('GS-1');
  await page.locator('#f-price').fill('198.00');
  await page.locator('#f-hsCode').selectOption('1211201000');
  await page.locator('#f-grossKg').fill('1.1');
  await page.locator('#f-netKg').fill('0.9');
  await page.locator('#f-originCountry').selectOption('142');
  await page.locator('#f-unit').selectOption('035');
  await page.locator('#f-spec').fill('0.9千克/盒');
  await page.locator('#f-title_zh').fill('抚顺人参900克');
  await page.getByRole('button', { name: '上架' }).click();
  await page.locator('#f-seed').fill(String(seed));
  await page.locator('#f-asOf').fill(ASOF);
  await page.getByRole('button', { name: '开始市场日' }).click();
  await page.getByRole('link', { name: orderNo }).click();
  await page.getByRole('button', { name: '签名并申报', exact: true }).click();
  await releaseIfHeld(page, browser, orderNo);
  const orderUrl = page.url();
  await expect(page.getByRole('heading', { name: '出口退货（CEB213）' })).toBeVisible();
  await page.locator('#f-reason').fill('境外买家退货：包装破损');
  await page.getByRole('button', { name: '生成退货申请草稿' }).click();
  expect(await page.locator('#f-xml').inputValue()).toContain('CEB213Message');
  await page.getByRole('button', { name: '签名并申报退货' }).click();
  await expect(page.locator('#return-result')).toHaveAttribute('data-status', 'cleared');
  await expect(page.locator('#return-result')).toContainText('CEB214');
  await jsPage.route(/DeclarationEditor|EditorPanel|monaco/i, (route) => route.abort());
  await jsPage.goto(orderUrl.replace(/^(https?:\/\/[^/]+)/, '$1/en'));
  await expect(jsPage.getByRole('heading', { name: 'Export return (CEB213)' })).toBeVisible();
  await expectAxeClean(jsPage);
});
