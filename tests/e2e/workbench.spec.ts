import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';
import { generateMarketDay, type MarketProduct } from '../../src/lib/sandbox-app/market-day.ts';

/** The declaration form is driven without JavaScript (plain textareas; the Monaco path is tested with the editor). */
async function noJs(browser: Browser, page: Page): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  return ctx.newPage();
}

const ASOF = '2026-05-10';
const FORMULA: MarketProduct = { id: 'x', sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 };

/** A seed whose market day holds an order with the given trap (or a clean order when null). */
function seedWith(trap: string | null): { seed: number; orderNo: string } {
  for (let seed = 1; seed < 500; seed++) {
    const o = generateMarketDay({ businessModel: 'import-9610', products: [FORMULA], seed, asOf: ASOF }).find((x) => x.trap === trap);
    if (o) return { seed, orderNo: o.orderNo };
  }
  throw new Error('no seed found');
}

async function openStore(page: Page, name: string, tier: string): Promise<void> {
  await page.goto('/sandbox');
  await page.locator('#f-name').fill(name);
  await page.locator('#f-businessModel').selectOption('import-9610');
  await page.locator('#f-creditTier').selectOption(tier);
  await page.getByRole('button', { name: '开店' }).click();
  await expect(page.getByRole('status')).toContainText(name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addFormula(page: Page): Promise<void> {
  await page.locator('#f-sku').fill('IF-900');
  await page.locator('#f-price').fill('198.00');
  await page.locator('#f-hsCode').selectOption('1901101010');
  await page.locator('#f-grossKg').fill('1.1');
  await page.locator('#f-netKg').fill('0.9');
  await page.locator('#f-originCountry').selectOption('601');
  await page.locator('#f-unit').selectOption('122');
  await page.locator('#f-spec').fill('900克/罐');
  await page.locator('#f-title_zh').fill('澳洲婴儿配方奶粉900克');
  await page.locator('#f-description_zh').fill('澳洲原装进口，1-3岁幼儿配方。');
  await page.locator('#f-title_ru').fill('Детская смесь 900 г');
  await page.locator('#f-description_ru').fill('Оригинальная смесь из Австралии.');
  await page.getByRole('button', { name: '上架' }).click();
  await expect(page.getByRole('status')).toContainText('IF-900');
}

async function runDay(page: Page, seed: number): Promise<void> {
  await page.locator('#f-seed').fill(String(seed));
  await page.locator('#f-asOf').fill(ASOF);
  await page.getByRole('button', { name: '开始市场日' }).click();
  await expect(page.getByRole('status')).toContainText(`种子 ${seed}`);
}

async function releaseAsRegulator(browser: Browser, orderNo: string): Promise<void> {
  const ctx = await browser.newContext();
  const gov = await ctx.newPage();
  await signIn(gov, DEMO.government);
  await gov.goto('/regulator');
  await gov.getByRole('link', { name: orderNo }).click();
  await gov.locator('#f-note').fill('查验无异常，准予放行');
  await gov.getByRole('button', { name: '放行' }).click();
  await expect(gov.getByRole('status')).toContainText('结关');
  await ctx.close();
}

const tag = (xml: string, name: string) => new RegExp(`<ceb:${name}>([^<]*)</ceb:${name}>`).exec(xml)?.[1] ?? '';

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

  // public storefront in Russian
  const shopHref = await page.getByRole('link', { name: 'Русский' }).getAttribute('href');
  const storeUrl = page.url();
  await page.goto(shopHref ?? '');
  await expect(page.locator('h2[lang=ru]')).toHaveText('Детская смесь 900 г');
  await expect(page.locator('.shop-price')).toHaveText('¥198.00');
  await jsPage.goto(page.url());
  await expectAxeClean(jsPage);

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
  // Even an AEO store's list is held about 1% of the time (the risk draw depends on its random
  // enterprise code): then the regulator releases it, as a real officer would.
  if ((await page.locator('#declare-result').getAttribute('data-status')) !== 'cleared') {
    await releaseAsRegulator(browser, orderNo);
    await page.reload();
  } else {
    await expect(page.locator('#declare-result')).toHaveAttribute('data-status', 'cleared');
  }
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
