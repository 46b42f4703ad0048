/** Steps the workbench specs share: a store with the formula product, a market day, a release. */
import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers.ts';
import { generateMarketDay, type MarketProduct } from '#lib/workbench/market-day.ts';

export const ASOF = '2026-05-10';
export const FORMULA: MarketProduct = { id: 'x', sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 };

/** A seed whose market day holds an order with the given trap (or a clean order when null). */
export function seedWith(trap: string | null): { seed: number; orderNo: string } {
  for (let seed = 1; seed < 500; seed++) {
    const o = generateMarketDay({ businessModel: 'import-9610', products: [FORMULA], seed, asOf: ASOF }).find((x) => x.trap === trap);
    if (o) return { seed, orderNo: o.orderNo };
  }
  throw new Error(`no seed yields ${trap ?? 'a clean order'}`);
}

/** A page with the same session and JavaScript off (plain textareas, native form posts). */
export async function noJs(browser: Browser, page: Page): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  return ctx.newPage();
}

/** Opens a 9610 direct-purchase import store and goes to its page. */
export async function openStore(page: Page, name: string, tier: string): Promise<void> {
  await page.goto('/sandbox');
  await page.locator('#f-name').fill(name);
  await page.locator('#f-businessModel').selectOption('import-9610');
  await page.locator('#f-creditTier').selectOption(tier);
  await page.getByRole('button', { name: '开店' }).click();
  await expect(page.getByRole('status')).toContainText(name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Lists the infant formula with its title in Chinese and Russian. */
export async function addFormula(page: Page): Promise<void> {
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

export async function runDay(page: Page, seed: number): Promise<void> {
  await page.locator('#f-seed').fill(String(seed));
  await page.locator('#f-asOf').fill(ASOF);
  await page.getByRole('button', { name: '开始市场日' }).click();
  await expect(page.getByRole('status')).toContainText(`种子 ${seed}`);
}

/** Government staff release a held declaration of the order, as a real officer would. */
export async function releaseAsRegulator(browser: Browser, orderNo: string): Promise<void> {
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

/**
 * After "sign and declare": even an AEO store's list is held about 1% of the time (the risk draw
 * depends on its random enterprise code); then the regulator releases it. Returns whether it was held.
 */
export async function releaseIfHeld(page: Page, browser: Browser, orderNo: string): Promise<boolean> {
  await expect(page.locator('#declare-result')).toBeVisible();
  if ((await page.locator('#declare-result').getAttribute('data-status')) === 'cleared') return false;
  await releaseAsRegulator(browser, orderNo);
  await page.reload();
  return true;
}

export const tag = (xml: string, name: string): string => new RegExp(`<ceb:${name}>([^<]*)</ceb:${name}>`).exec(xml)?.[1] ?? '';
