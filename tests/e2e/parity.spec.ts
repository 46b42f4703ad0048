/**
 * Engine/UI parity: for every fixture set in sandbox/fixtures, the engine bundled into the
 * browser page /sandbox/engine-check gives the same result as the engine in Node (finding
 * codes, paths and positions, receipt statuses, tax amounts in fen), with the fixture's options.
 * One page load; the browser side runs every set in one evaluate.
 */
import { expect, test } from './fixtures.ts';
import { DEMO, expectAxeClean } from './helpers.ts';
import { checkSubmission, parseFen, type CheckOptions, type SubmissionResult } from '#sandbox';
import { fixtureSetNames, loadFixtureSet } from '../factories/fixture-sets.ts';

const sets = fixtureSetNames();

/** What the page puts on `window`. */
type EngineCheckWindow = Window & { academyEngineCheck?: (texts: readonly string[], options?: CheckOptions) => unknown };

const fen = (s: string | undefined): number | null => parseFen(s)?.fen ?? null;
const status = (m: unknown): string | null => /"returnStatus":"([^"]*)"/.exec(JSON.stringify(m))?.[1] ?? null;

/** The Node result in the shape the page returns (written independently of the page's code). */
function normalize(r: SubmissionResult): unknown {
  return {
    accepted: r.verdict.accepted,
    errors: r.verdict.errors,
    warnings: r.verdict.warnings,
    rejected: r.verdict.rejected,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      path: f.path,
      messageIndex: f.messageIndex ?? null,
      position: f.position ? [f.position.line, f.position.column, f.position.endLine ?? null, f.position.endColumn ?? null] : null,
    })),
    outcomes: r.verdict.outcomes.map((o) => ({ messageIndex: o.messageIndex, kind: o.kind, status: o.status, finalStatus: o.finalStatus })),
    receipts: r.receipts.map((m) => ({ kind: m.kind, status: status(m) })),
    taxBills: r.taxBills.flatMap((b) =>
      b.Tax.map(({ TaxHeadRd: h, TaxListRd: lines }) => ({
        invtNo: h.invtNo,
        customsTaxFen: fen(h.customsTax),
        vatFen: fen(h.valueAddedTax),
        ctFen: fen(h.consumptionTax),
        lines: lines.map((l) => ({ gnum: l.gnum, gcode: l.gcode, taxPriceFen: fen(l.taxPrice), customsTaxFen: fen(l.customsTax), vatFen: fen(l.valueAddedTax), ctFen: fen(l.consumptionTax) })),
      })),
    ),
    taxes: r.taxes.map((x) => ({ taxableFen: x.taxableFen, counted: x.counted, taxPriceFen: x.tax.taxPriceFen, customsTaxFen: x.tax.customsTaxFen, vatFen: x.tax.vatFen, ctFen: x.tax.ctFen, totalFen: x.tax.totalFen })),
    summaryResults: r.summaryResults.map((m) => ({ kind: m.kind, status: status(m) })),
  };
}

test('the browser verdict equals the server verdict for every fixture', async ({ page, signInAs }) => {
  const fixtures = sets.map((name) => loadFixtureSet(name));
  expect(fixtures.length).toBeGreaterThanOrEqual(40);
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') outside.push(req.url());
  });
  await signInAs(DEMO.learner);
  await page.goto('/sandbox/engine-check');
  await page.waitForFunction(() => typeof (window as EngineCheckWindow).academyEngineCheck === 'function');

  const browser = await page.evaluate((all) => {
    const check = (window as EngineCheckWindow).academyEngineCheck;
    if (!check) throw new Error('the engine is not on the page');
    return all.map((f) => ({ name: f.name, result: check(f.texts, f.options) }));
  }, fixtures);
  expect(browser.map((b) => b.name)).toEqual(sets);
  const node = fixtures.map((f) => ({ name: f.name, result: normalize(checkSubmission({ ...f.options, messages: f.texts })) }));
  for (let i = 0; i < sets.length; i++) expect(browser[i], sets[i]).toEqual(node[i]);

  // the comparison is not vacuous: the sets cover accepted and rejected verdicts, positions, receipts and tax bills
  const results = node.map((n) => n.result as { accepted: boolean; findings: Array<{ position: unknown }>; receipts: unknown[]; taxBills: unknown[] });
  expect(results.some((r) => r.accepted)).toBe(true);
  expect(results.some((r) => !r.accepted)).toBe(true);
  expect(results.some((r) => r.findings.some((f) => f.position !== null))).toBe(true);
  expect(results.every((r) => r.receipts.length > 0)).toBe(true);
  expect(results.some((r) => r.taxBills.length > 0)).toBe(true);

  // and the page's own form shows a finding with its lesson link
  const messages = page.locator('#parity-xml');
  const broken = fixtures.find((f) => f.name === 'match-consignee');
  expect(broken).toBeDefined();
  await messages.fill((broken?.texts ?? []).join('\n---\n'));
  await page.locator('#parity-asof').fill('');
  await page.getByRole('button', { name: '在浏览器中检查' }).click();
  await expect(page.locator('#parity-result')).toHaveAttribute('data-state', 'rejected');
  await expect(page.locator('#parity-result [data-code=MATCH_CONSIGNEE] a')).toHaveAttribute('href', /^\/courses\/[\w-]+\/[\w-]+$/);
  await messages.fill('');
  await page.getByRole('button', { name: '在浏览器中检查' }).click();
  await expect(page.locator('#parity-result')).toHaveAttribute('data-state', 'invalid');
  await expectAxeClean(page);
  expect(outside).toEqual([]);
});
