/**
 * The workbench's end-to-end flow through the declaration editor (JavaScript on): a newly signed-up
 * learner opens a store, lists a product in two languages, runs a market day, opens an order whose
 * draft carries a seeded mistake, finds it by the editor's underline and its problems list, fixes it
 * in Monaco, declares, and sees the declaration released in the timeline. No request leaves
 * 127.0.0.1 meanwhile.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateMarketDay, type MarketProduct } from '../../src/lib/sandbox-app/market-day.ts';

const ASOF = '2026-05-10';
const FORMULA: MarketProduct = { id: 'x', sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 };

/** A seed whose market day holds an order with the given trap. */
function seedWith(trap: string): { seed: number; orderNo: string } {
  for (let seed = 1; seed < 500; seed++) {
    const o = generateMarketDay({ businessModel: 'import-9610', products: [FORMULA], seed, asOf: ASOF }).find((x) => x.trap === trap);
    if (o) return { seed, orderNo: o.orderNo };
  }
  throw new Error(`no seed yields ${trap}`);
}

/** Records every request (and WebSocket) that goes anywhere but 127.0.0.1. */
function watchOutside(page: Page): string[] {
  const outside: string[] = [];
  const check = (raw: string) => {
    const url = new URL(raw);
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') outside.push(raw);
  };
  page.on('request', (req) => check(req.url()));
  page.on('websocket', (ws) => check(ws.url()));
  return outside;
}

const tag = (xml: string, name: string) => new RegExp(`<ceb:${name}>([^<]*)</ceb:${name}>`).exec(xml)?.[1] ?? '';

test('a new learner finds the seeded mistake by the editor underline, fixes it in Monaco, declares, released', async ({ page }) => {
  test.setTimeout(120_000);
  const { seed, orderNo } = seedWith('MATCH_CONSIGNEE');
  const outside = watchOutside(page);

  // a fresh learner
  const email = `editor-flow-${Date.now()}@example.cn`;
  await page.goto('/signup/learner');
  await page.locator('#f-displayName').fill('编辑器学员');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill('e2e-password-123');
  await page.locator('#f-institutionId').selectOption('lnpu');
  await page.getByRole('button', { name: '创建账户' }).click();
  await expect(page).toHaveURL(/\/learn\/?$/);

  // a store with a product titled in Chinese and Russian
  const name = `编辑器实训店${Date.now() % 100000}`;
  await page.goto('/sandbox');
  await page.locator('#f-name').fill(name);
  await page.locator('#f-businessModel').selectOption('import-9610');
  await page.locator('#f-creditTier').selectOption('advanced-certified');
  await page.getByRole('button', { name: '开店' }).click();
  await expect(page.getByRole('status')).toContainText(name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
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

  // the market day brings the order with the trap
  await page.locator('#f-seed').fill(String(seed));
  await page.locator('#f-asOf').fill(ASOF);
  await page.getByRole('button', { name: '开始市场日' }).click();
  await expect(page.getByRole('status')).toContainText(`种子 ${seed}`);
  await page.getByRole('link', { name: orderNo }).click();

  // the waybill's editor loads and underlines the consignee address
  const waybill = page.locator('[data-editor-for="decl-xml-CEB511"]');
  await expect(waybill.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#decl-xml-CEB511')).toBeHidden();
  const right = tag(await page.locator('#decl-xml-CEB311').inputValue(), 'consigneeAddress');
  const wrong = tag(await page.locator('#decl-xml-CEB511').inputValue(), 'consigneeAddress');
  expect(right).not.toBe('');
  expect(wrong).not.toBe(right);

  const problem = waybill.locator('.editor-problem[data-code="MATCH_CONSIGNEE"]');
  await expect(problem).toBeVisible();
  await expect(problem).toHaveClass(/\bis-error\b/);
  await expect(problem.locator('a.editor-lesson')).toHaveAttribute('href', /^\/courses\/customs-clearance\//);
  await problem.locator('button.editor-goto').click();
  const squiggle = waybill.locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1);
  const line = waybill.locator('.view-line', { hasText: 'consigneeAddress' });
  await expect(line).toHaveCount(1);
  const squiggleTop = await squiggle.evaluate((el) => el.getBoundingClientRect().top);
  const lineTop = await line.evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(squiggleTop - lineTop)).toBeLessThan(4);

  // fix it in the editor, as a user does: find the wrong address, type the right one over it
  await waybill.locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+f');
  await waybill.locator('.find-widget textarea, .find-widget input').first().fill(wrong);
  await page.keyboard.press('Escape');
  await page.keyboard.insertText(right);
  await expect(problem).toHaveCount(0);
  await expect(waybill.locator('.squiggly-error')).toHaveCount(0);
  // no three-document mismatch is left in the set (the unsigned list's missing signature is the server's job)
  await expect(page.locator('.editor-problem[data-code^="MATCH_"]')).toHaveCount(0);
  expect(tag(await page.locator('#decl-xml-CEB511').inputValue(), 'consigneeAddress')).toBe(right);

  // declare: the server checks again and customs releases it on the first attempt
  await page.getByRole('button', { name: '签名并申报' }).click();
  await expect(page.locator('#declare-result')).toHaveAttribute('data-status', 'cleared');
  await expect(page.locator('#declare-result')).toContainText('第 1 次申报');
  await expect(page.locator('#order-status')).toHaveText('已放行');
  const latest = page.locator('.wb-attempt').first();
  await expect(latest.locator('[data-event=released]')).toBeVisible();
  await expect(latest.locator('[data-event=cleared]')).toBeVisible();
  await expect(page.locator('.wb-attempt')).toHaveCount(1);

  expect(outside).toEqual([]);
});
