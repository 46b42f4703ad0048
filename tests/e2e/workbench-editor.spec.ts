/**
 * The workbench's end-to-end flow through the declaration editor (JavaScript on): a newly signed-up
 * learner opens a store, lists a product in two languages, runs a market day, opens an order whose
 * draft carries a seeded mistake, finds it by the editor's underline and its problems list, fixes it
 * in Monaco, declares, and sees the declaration released in the timeline. No request leaves
 * 127.0.0.1 meanwhile.
 */
import { expect, test, type Page } from '@playwright/test';
import { addFormula, openStore, releaseIfHeld, runDay, seedWith, tag } from './workbench-helpers.ts';
import { signInAfterSignUp } from './helpers.ts';

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

test('a new learner finds the seeded mistake by the editor underline, fixes it in Monaco, declares, released', async ({ page, browser }) => {
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
  await signInAfterSignUp(page, email, 'e2e-password-123');
  await expect(page).toHaveURL(/\/learn\/?$/);

  // a store with a product titled in Chinese and Russian
  const name = `编辑器实训店${Date.now() % 100000}`;
  await openStore(page, name, 'advanced-certified');
  await addFormula(page);

  // the market day brings the order with the trap
  await runDay(page, seed);
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
  await expect(page.locator('#declare-result')).toContainText('第 1 次申报');
  if (!(await releaseIfHeld(page, browser, orderNo))) await expect(page.locator('#declare-result')).toHaveAttribute('data-status', 'cleared');
  await expect(page.locator('#order-status')).toHaveText('已放行');
  const latest = page.locator('.wb-attempt').first();
  await expect(latest.locator('[data-event=released]')).toBeVisible();
  await expect(latest.locator('[data-event=cleared]')).toBeVisible();
  await expect(page.locator('.wb-attempt')).toHaveCount(1);

  expect(outside).toEqual([]);
});
