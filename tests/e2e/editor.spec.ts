/**
 * The declaration editor on its preview page, on the built site: Monaco loads from our own
 * server only, live engine diagnostics appear at the line and in the problems list with the
 * lesson link, go when fixed, the form view edits the XML, and the page is axe-clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers.ts';
import AxeBuilder from '@axe-core/playwright';

const ORDER_NO = 'FSCB20260315000123';

async function openPreview(page: Page, path = '/sandbox/editor-preview'): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob')) outside.push(req.url());
  });
  await signIn(page, DEMO.learner);
  await page.goto(path);
  await expect(page.locator('.decl-editor .monaco-editor')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#decl-xml-CEB621')).toBeHidden();
  return outside;
}

/** Line number (1-based) of the first line of the textarea's XML containing `needle`. */
async function lineOf(page: Page, needle: string): Promise<number> {
  const xml = await page.locator('#decl-xml-CEB621').inputValue();
  return xml.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

/** Replaces the first occurrence of `from` in the editor by `to`, by typing as a user does. */
async function replaceInEditor(page: Page, from: string, to: string): Promise<void> {
  await page.locator('.decl-editor .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.fill(from);
  await page.keyboard.press('Escape');
  await page.keyboard.type(to);
}

test('live diagnostics, lesson links, form view, local only', async ({ page }) => {
  const outside = await openPreview(page);

  // clean set: no problems
  await expect(page.locator('.editor-problems')).toContainText(/没有发现问题/);

  // break the list's order number: it no longer matches the order (三单对碰)
  await replaceInEditor(page, ORDER_NO, 'FSCB-BROKEN-1');
  const problem = page.locator('.editor-problem[data-code="MATCH_ORDER_MISSING"]');
  await expect(problem).toBeVisible();
  await expect(problem.locator('a.editor-lesson')).toHaveAttribute('href', /^\/courses\/[\w-]+\/[\w-]+$/);
  const line = await lineOf(page, 'FSCB-BROKEN-1');
  expect(line).toBeGreaterThan(1);
  // the underline sits on that line: Monaco draws the marker as a .squiggly-error decoration
  const squiggle = page.locator('.decl-editor .squiggly-error');
  await expect(squiggle.first()).toBeAttached();
  const top = await squiggle.first().evaluate((el) => el.getBoundingClientRect().top);
  const lineTop = await page.locator('.decl-editor .view-line', { hasText: 'FSCB-BROKEN-1' }).evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top - lineTop)).toBeLessThan(4);

  // the problem's "go to" places the cursor on that line
  await problem.locator('button.editor-goto').click();
  await expect(page.locator('.decl-editor .monaco-editor')).toHaveClass(/\bfocused\b/);

  // the textarea (submitted with the form) follows every edit
  await expect(page.locator('#decl-xml-CEB621')).toHaveValue(/FSCB-BROKEN-1/);

  // fix it: the problem goes
  await replaceInEditor(page, 'FSCB-BROKEN-1', ORDER_NO);
  await expect(problem).toHaveCount(0);
  await expect(page.locator('.decl-editor .squiggly-error')).toHaveCount(0);

  // a companion edit (the order) shows on the list too
  const order = page.locator('#decl-xml-CEB311');
  await order.fill((await order.inputValue()).replace(`<ceb:orderNo>${ORDER_NO}</ceb:orderNo>`, '<ceb:orderNo>OTHER-ORDER</ceb:orderNo>'));
  await expect(problem).toBeVisible();
  await order.fill((await order.inputValue()).replace('OTHER-ORDER', ORDER_NO));
  await expect(problem).toHaveCount(0);

  // form view: keyboard-operable tabs; a field edit rewrites the XML
  const xmlTab = page.getByRole('tab', { name: 'XML' });
  await xmlTab.focus();
  await page.keyboard.press('ArrowRight');
  const formTab = page.getByRole('tab', { name: '表单' });
  await expect(formTab).toHaveAttribute('aria-selected', 'true');
  await expect(formTab).toBeFocused();
  const buyer = page.locator('input[id$="-f-Inventory_0__InventoryHead_buyerName"]');
  await expect(buyer).toHaveValue(/.+/);
  await buyer.fill('李四');
  await expect(page.locator('#decl-xml-CEB621')).toHaveValue(/<ceb:buyerName>李四<\/ceb:buyerName>/);
  // the list buyer now differs from the order buyer: the engine says so
  await expect(page.locator('.editor-problem[data-code="MATCH_BUYER_INVENTORY"]')).toBeVisible();
  const qty = page.getByLabel('qty · 第 2 行');
  await qty.fill('3');
  await expect(page.locator('#decl-xml-CEB621')).toHaveValue(/<ceb:qty>3<\/ceb:qty>/);
  // and the XML view shows it
  await formTab.press('ArrowLeft');
  await expect(page.locator('.decl-editor .view-lines')).toContainText('李四');

  // accessibility: Monaco's own internals (hidden textarea helpers, canvas rulers) are excluded:
  // they are a third-party widget with its own aria-label and produce false positives
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.monaco-editor')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  expect(outside).toEqual([]);
});

test('completion offers the fields of the record and hover explains a field (English page)', async ({ page }) => {
  const outside = await openPreview(page, '/en/sandbox/editor-preview');
  await expect(page.locator('.editor-problems')).toContainText('No problems found.');
  // hover over the orderNo element name
  const tag = page.locator('.decl-editor .view-line span', { hasText: /orderNo/ }).first();
  await tag.hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Order number' });
  await expect(hover.first()).toBeVisible();
  await expect(hover.first()).toContainText('C1..60');
  await expect(hover.first()).toContainText('交易平台的订单编号');
  // completion: type "<ceb:" at the start of the orderNo line and ask for suggestions
  await page.locator('.decl-editor .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+f');
  await page.locator('.find-widget textarea, .find-widget input').first().fill('<ceb:ebpCode>');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.type('<ceb:logis');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest).toContainText('ceb:logisticsNo');
  await expect(suggest).not.toContainText('ceb:gcode');
  await page.keyboard.press('Escape');
  expect(outside).toEqual([]);
});

test('without JavaScript the textarea is the editor', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, DEMO.learner);
  await page.goto('/sandbox/editor-preview');
  await expect(page.locator('#decl-xml-CEB621')).toBeVisible();
  await expect(page.locator('#decl-xml-CEB621')).toHaveValue(/<ceb:CEB621Message/);
  // (axe needs JavaScript in the page; the JavaScript page is checked above)
  await context.close();
});
