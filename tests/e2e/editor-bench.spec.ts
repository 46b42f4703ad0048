/**
 * Benchmark (prints, does not assert a timing): time from a keystroke to updated diagnostics in
 * the declaration editor on a 300-line CEB621 (plus its three companions, so three-document
 * matching runs too). Two figures per keystroke: until the markers are set (the island's
 * `cbec-editor:checked` event) and until Monaco has drawn the change (next animation frame).
 */
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers.ts';
import { exampleMessage, serializeMessage } from '#sandbox';

/** The example CEB621 with its list lines repeated (gnum renumbered) to at least 300 lines of XML. */
function bigList(): string {
  const msg = structuredClone(exampleMessage('CEB621'));
  const inv = msg.Inventory[0];
  if (!inv) throw new Error('no inventory');
  const first = inv.InventoryList[0];
  if (!first) throw new Error('no list line');
  while (serializeMessage(msg).split('\n').length < 300) inv.InventoryList.push({ ...first, gnum: String(inv.InventoryList.length + 1) });
  return serializeMessage(msg);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('diagnostics after a keystroke on a 300-line CEB621', async ({ page }) => {
  const xml = bigList();
  await signIn(page, DEMO.learner);
  // serve the preview with the 300-line list in its textarea (what a workbench page would render)
  await page.route('**/sandbox/editor-preview', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/(<textarea id="decl-xml-CEB621"[^>]*>)[\s\S]*?(<\/textarea>)/, (_m, open: string, close: string) => `${open}${escapeHtml(xml)}${close}`);
    await route.fulfill({ response: res, body: html });
  });
  await page.goto('/sandbox/editor-preview');
  await expect(page.locator('.decl-editor .monaco-editor')).toBeVisible({ timeout: 20_000 });
  const lineCount = (await page.locator('#decl-xml-CEB621').inputValue()).split('\n').length;
  expect(lineCount).toBeGreaterThanOrEqual(300);
  await expect(page.locator('.editor-problem code', { hasText: /^XML_/ })).toHaveCount(0);

  // instrument: keydown time → checked event (markers set) → next frame (drawn)
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { down: number; checked: number[]; drawn: number[]; ms: number[] } };
    w.__bench = { down: 0, checked: [], drawn: [], ms: [] };
    document.addEventListener('keydown', () => (w.__bench.down = performance.now()), true);
    document.addEventListener('cbec-editor:checked', (e) => {
      const b = w.__bench;
      if (b.down === 0) return;
      const at = performance.now();
      b.checked.push(at - b.down);
      b.ms.push((e as CustomEvent<{ ms: number }>).detail.ms);
      const down = b.down;
      requestAnimationFrame(() => b.drawn.push(performance.now() - down));
      b.down = 0;
    });
  });

  // go to the head's orderNo value and type, pausing between keystrokes like a person
  await page.locator('.decl-editor .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+f');
  await page.locator('.find-widget textarea, .find-widget input').first().fill('FSCB20260315000123');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight'); // collapse the found selection to its end
  const keys = 'XYZXYZXYZX';
  for (const k of keys) {
    await page.keyboard.type(k);
    await page.waitForTimeout(250);
  }
  const b = await page.evaluate(() => (window as unknown as { __bench: { checked: number[]; drawn: number[]; ms: number[] } }).__bench);
  expect(b.checked.length).toBeGreaterThanOrEqual(keys.length - 1);
  const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)] ?? NaN;
  const max = (xs: number[]) => Math.max(...xs);
  console.log(
    `editor bench (${lineCount}-line CEB621 + 3 companions, ${b.checked.length} keystrokes): ` +
      `keystroke→markers median ${median(b.checked).toFixed(1)} ms (max ${max(b.checked).toFixed(1)}), ` +
      `keystroke→drawn median ${median(b.drawn).toFixed(1)} ms (max ${max(b.drawn).toFixed(1)}), ` +
      `engine check median ${median(b.ms).toFixed(1)} ms (max ${max(b.ms).toFixed(1)})`,
  );
  // the edit really produced a finding (the list no longer matches its order)
  await expect(page.locator('.editor-problem[data-code="MATCH_ORDER_MISSING"]')).toBeVisible();
});
