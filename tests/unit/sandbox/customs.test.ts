/* eslint-disable @typescript-eslint/no-unsafe-member-access -- fixtures and tests mutate typed messages by field name; the engine itself checks their shape */
import { describe, expect, it } from 'vitest';
import { riskOutcome, tierAsOf, TIERS_251, TIERS_282 } from '#sandbox/customs/credit.ts';
import { drawFor, mulberry32 } from '#sandbox/customs/prng.ts';
import { checkSubmission } from '#sandbox/engine.ts';
import { parseMessage, serializeMessage } from '#sandbox/messages/index.ts';
import { checkFormat } from '#sandbox/rules/format.ts';
import type { CebMessage } from '#sandbox/messages/types.ts';
import { asXml, ex, exportSet, importSet, type M } from './helpers.ts';

const statuses = (ms: CebMessage[]) => ms.map((m) => `${m.kind}:${/"returnStatus":"([^"]*)"/.exec(JSON.stringify(m))?.[1] ?? ''}`);

describe('seeded PRNG', () => {
  it('is deterministic', () => {
    const a = mulberry32(42), b = mulberry32(42);
    for (let i = 0; i < 10; i++) expect(a()).toBe(b());
    expect(drawFor(1, 'x')).toBe(drawFor(1, 'x'));
    expect(drawFor(1, 'x')).not.toBe(drawFor(2, 'x'));
  });
});

describe('credit tiers', () => {
  it('uses the three classes of Order 251 before 2026-04-01 and the five tiers of Order 282 after', () => {
    expect(TIERS_251).toHaveLength(3);
    expect(TIERS_282).toHaveLength(5);
    expect(tierAsOf('certified', '2025-12-01').info.tier).toBe('general');
    expect(tierAsOf('certified', '2026-04-01').info.tier).toBe('certified');
    expect(tierAsOf('seriously-dishonest', '2025-12-01').version).toBe('credit@2016-04-08');
    expect(tierAsOf(undefined, '2026-05-01').info.tier).toBe('regular');
  });
  it.each(TIERS_282.map((t) => [t.tier, t] as const))('%s: observed rates follow the tier', (_t, info) => {
    let insp = 0, rev = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const o = riskOutcome(drawFor(9, `list-${i}`), info);
      if (o === 'inspection') insp++;
      if (o === 'review') rev++;
    }
    expect(Math.abs(insp / n - info.inspectionBp / 10_000)).toBeLessThan(0.015);
    expect(Math.abs(rev / n - info.reviewBp / 10_000)).toBeLessThan(0.015);
  });
});

describe('simulated customs', () => {
  it('accepts and releases a good set: 120 → 399 → 800 → 899, with a tax bill', () => {
    const r = checkSubmission({ messages: asXml(importSet()) });
    expect(statuses(r.receipts)).toEqual(['CEB312:120', 'CEB412:120', 'CEB512:120', 'CEB622:120', 'CEB622:399', 'CEB622:800', 'CEB622:899']);
    expect(r.taxBills).toHaveLength(1);
    expect(r.verdict.accepted).toBe(true);
  });
  it('rejects with reasons (100) and rejects the list when its payment was rejected', () => {
    const s = importSet();
    (s[1] as M)['Payment'][0]['PaymentHead']['amountPaid'] = '1.00';
    const r = checkSubmission({ messages: asXml(s) });
    expect(statuses(r.receipts)).toEqual(['CEB312:120', 'CEB412:100', 'CEB512:120', 'CEB622:100']);
    expect(JSON.stringify(r.receipts[1])).toContain('MATCH_AMOUNT_PAID');
    expect(r.taxBills).toHaveLength(0);
    expect(r.verdict.accepted).toBe(false);
  });
  it('answers a format error with CEB900', () => {
    const xml = asXml(importSet());
    xml[0] = xml[0]!.replace('<ceb:appTime>20260315103000</ceb:appTime>', '<ceb:appTime>2026-03-15</ceb:appTime>');
    const r = checkSubmission({ messages: xml, verifySignatures: false });
    expect(r.receipts.some((m) => m.kind === 'CEB900')).toBe(true);
    expect(r.verdict.accepted).toBe(false);
  });
  it('is deterministic for a seed, and the risk step depends on the tier', () => {
    const xml = asXml(importSet());
    const a = checkSubmission({ messages: xml, seed: 5, creditTier: 'seriously-dishonest' });
    const b = checkSubmission({ messages: xml, seed: 5, creditTier: 'seriously-dishonest' });
    expect(a.receipts).toEqual(b.receipts);
    let flagged = 0;
    for (let seed = 0; seed < 40; seed++) {
      const r = checkSubmission({ messages: xml, seed, creditTier: 'seriously-dishonest' });
      if (statuses(r.receipts).some((s) => s === 'CEB622:500' || s === 'CEB622:300')) flagged++;
    }
    expect(flagged).toBeGreaterThan(30);
  });
  it('writes receipts and tax bills that the message layer serializes and reads back', () => {
    const xs = exportSet();
    (xs[2] as M)['Inventory'][0]['InventoryHead']['invtNo'] = '08042026E000003456';
    const exp = checkSubmission({ messages: asXml([...xs, ex('CEB701')]) });
    expect(exp.summaryResults).toHaveLength(1);
    expect(exp.verdict.accepted).toBe(true);
    const r = checkSubmission({ messages: asXml(importSet()) });
    for (const m of [...r.receipts, ...r.taxBills, ...exp.receipts]) {
      const back = parseMessage(serializeMessage(m));
      expect(back.ok, m.kind).toBe(true);
      if (back.ok) expect(back.parsed.message).toEqual(m);
      expect(checkFormat({ message: m, positions: {} }).filter((f) => f.severity === 'error'), m.kind).toEqual([]);
    }
  });
});
