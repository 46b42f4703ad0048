/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- fixtures and tests mutate typed messages by field name; the engine itself checks their shape */
import { describe, expect, it } from 'vitest';
import { checkParsed, checkSubmission } from '#sandbox/engine.ts';
import { DEFAULT_RULE_PACK, createRulePack, resolve } from '#sandbox/rules/rule-pack.ts';
import { asParsed, asXml, exportSet, importSet, type M } from './helpers.ts';

const inv = (s: M[]) => s[3]!['Inventory'][0];
const order = (s: M[]) => s[0]!['Order'][0];
const pay = (s: M[]) => s[1]!['Payment'][0]['PaymentHead'];
const wb = (s: M[]) => s[2]!['Logistics'][0]['LogisticsHead'];

function codes(set: M[], opts = {}): { errors: string[]; warnings: string[] } {
  const r = checkParsed(asParsed(set), opts);
  return {
    errors: r.findings.filter((f) => f.severity === 'error').map((f) => f.code),
    warnings: r.findings.filter((f) => f.severity === 'warning').map((f) => f.code),
  };
}

describe('the example import set', () => {
  it('passes every rule', () => {
    expect(codes(importSet())).toEqual({ errors: [], warnings: [] });
  });
  it('and the export set too', () => {
    expect(codes(exportSet())).toEqual({ errors: [], warnings: [] });
  });
});

type Mutation = [code: string, mutate: (s: M[]) => M[] | void];
const mutations: Mutation[] = [
  ['CODE_COUNTRY_UNKNOWN', (s) => { inv(s)['InventoryHead']['country'] = '998'; }],
  ['CODE_CURRENCY_UNKNOWN', (s) => { inv(s)['InventoryList'][0]['currency'] = '777'; }],
  ['CODE_UNIT_UNKNOWN', (s) => { order(s)['OrderList'][0]['unit'] = '998'; }],
  ['CODE_DISTRICT_UNKNOWN', (s) => { inv(s)['InventoryHead']['portCode'] = '7777'; }],
  ['CODE_MODE_UNKNOWN', (s) => { inv(s)['InventoryHead']['tradeMode'] = '0110'; }],
  ['CODE_MODE_DIRECTION', (s) => { inv(s)['InventoryHead']['tradeMode'] = '9710'; }],
  ['CODE_ID_TYPE_UNKNOWN', (s) => { for (const h of [order(s)['OrderHead'], inv(s)['InventoryHead']]) h['buyerIdType'] = '9'; pay(s)['payerIdType'] = '9'; }],
  ['CODE_HS_UNKNOWN', (s) => { inv(s)['InventoryList'][1]['gcode'] = '0410902199'; }],
  ['CODE_ORDER_TYPE', (s) => { order(s)['OrderHead']['orderType'] = 'E'; }],
  ['CODE_IE_FLAG', (s) => { inv(s)['InventoryHead']['ieFlag'] = 'E'; }],
  ['CODE_ENTERPRISE_CODE', (s) => { inv(s)['InventoryHead']['logisticsCode'] = '91210400MA0Y8K3P6X'; }],
  ['MATCH_ORDER_MISSING', (s) => s.slice(1)],
  ['MATCH_PAYMENT_MISSING', (s) => [s[0]!, s[2]!, s[3]!]],
  ['MATCH_LOGISTICS_MISSING', (s) => [s[0]!, s[1]!, s[3]!]],
  ['MATCH_DUPLICATE', (s) => [...s, s[0]!]],
  ['MATCH_ORDER_NO', (s) => { wb(s)['orderNo'] = 'OTHER-ORDER'; }],
  ['MATCH_EBP_CODE', (s) => { pay(s)['ebpCode'] = '2104960098'; }],
  ['MATCH_EBC_CODE', (s) => { inv(s)['InventoryHead']['ebcCode'] = '2104960098'; }],
  ['MATCH_PAY_TRANSACTION', (s) => { pay(s)['payCode'] = '2104960098'; }],
  ['MATCH_LOGISTICS_NO', (s) => { inv(s)['InventoryHead']['logisticsNo'] = 'LF000000000000CN'; }],
  ['MATCH_AMOUNT_PAID', (s) => { pay(s)['amountPaid'] = '568.11'; }],
  ['MATCH_BUYER_PAYER', (s) => { pay(s)['payerIdNumber'] = '210402198506120035'; }],
  ['MATCH_BUYER_INVENTORY', (s) => { inv(s)['InventoryHead']['buyerName'] = '王莉'; }],
  ['MATCH_CONSIGNEE', (s) => { wb(s)['consigneeTelephone'] = '13900000000'; }],
  ['MATCH_GOODS', (s) => { inv(s)['InventoryList'][1]['qty'] = '2'; inv(s)['InventoryList'][1]['totalPrice'] = '256.00'; }],
  ['MATCH_LIST_TOTAL', (s) => { inv(s)['InventoryList'][0]['price'] = '100.00'; inv(s)['InventoryList'][0]['totalPrice'] = '200.00'; }],
  ['MATCH_FREIGHT', (s) => { inv(s)['InventoryHead']['freight'] = '10'; }],
  ['ARITH_LINE_TOTAL', (s) => { inv(s)['InventoryList'][0]['totalPrice'] = '397.00'; }],
  ['ARITH_GOODS_VALUE', (s) => { order(s)['OrderHead']['goodsValue'] = '520.00'; }],
  ['ARITH_ACTURAL_PAID', (s) => { order(s)['OrderHead']['discount'] = '10.00'; }],
  ['ARITH_WEIGHT', (s) => { inv(s)['InventoryHead']['netWeight'] = '9'; }],
  ['ARITH_GNUM_SEQUENCE', (s) => { order(s)['OrderList'][1]['gnum'] = '3'; }],
  ['POLICY_NOT_ON_POSITIVE_LIST', (s) => { inv(s)['InventoryList'][1]['gcode'] = '0410909000'; }],
  ['POLICY_ACCOUNT_BOOK', (s) => { inv(s)['InventoryHead']['tradeMode'] = '1210'; }],
  ['POLICY_ITEM_RECORD_NO', (s) => { inv(s)['InventoryHead']['tradeMode'] = '1210'; inv(s)['InventoryHead']['emsNo'] = 'T1'; }],
  ['POLICY_BILL_OF_LADING', (s) => { inv(s)['InventoryHead']['billNo'] = ''; }],
  ['TAX_TOTAL_MISMATCH', (s) => { const o = order(s)['OrderHead']; o['taxTotal'] = '40.00'; o['acturalPaid'] = '564.00'; pay(s)['amountPaid'] = '564.00'; }],
];

describe.each(mutations)('%s', (code, mutate) => {
  it('is reported on the mutated set', () => {
    const s = importSet();
    const out = mutate(s) ?? s;
    const r = codes(out);
    expect([...r.errors, ...r.warnings]).toContain(code);
  });
});

describe('findings carry position, path, lesson and message', () => {
  it('points into the XML source', () => {
    const s = importSet();
    pay(s)['amountPaid'] = '1.00';
    const r = checkSubmission({ messages: asXml(s) });
    const f = r.findings.find((x) => x.code === 'MATCH_AMOUNT_PAID');
    expect(f?.path).toBe('Payment[0].PaymentHead.amountPaid');
    expect(f?.messageIndex).toBe(1);
    expect(f?.position?.line).toBeGreaterThan(1);
    expect(f?.lesson).toBe('customs-clearance/03-three-doc-match');
    expect(f?.message.zh).toMatch(/支付/);
    expect(f?.message.en).toMatch(/payment/i);
  });
});

describe('rules in force on a date', () => {
  it('resolves dated parameters', () => {
    expect(resolve(DEFAULT_RULE_PACK.limits, '2018-12-31').value.singleFen).toBe(200_000);
    expect(resolve(DEFAULT_RULE_PACK.limits, '2019-01-01').version).toBe('limits@2019-01-01');
    expect(resolve(DEFAULT_RULE_PACK.vatRates, '2019-03-31').value.standardBp).toBe(1600);
    expect(resolve(DEFAULT_RULE_PACK.vatRates, '2019-04-01').value).toEqual({ standardBp: 1300, reducedBp: 900 });
    expect(resolve(DEFAULT_RULE_PACK.overseasWarehouseFiling, '2024-12-14').value).toBe(true);
    expect(resolve(DEFAULT_RULE_PACK.overseasWarehouseFiling, '2024-12-15').value).toBe(false);
    expect(resolve(DEFAULT_RULE_PACK.crossDistrictReturns, '2026-04-01').value.scope).toBe('nationwide-9610');
    expect(resolve(DEFAULT_RULE_PACK.creditRegime, '2026-03-31').value.order).toBe('251');
    expect(resolve(DEFAULT_RULE_PACK.creditRegime, '2026-04-01').value.order).toBe('282');
  });
  it('passes a 3,000-yuan order in 2025 and rejects it in 2018, naming the version', () => {
    const s = importSet();
    const l = inv(s)['InventoryList'][0], ol = order(s)['OrderList'][0];
    for (const x of [l, ol]) { x['qty'] = '14'; x['totalPrice'] = '2772.00'; }
    const o = order(s)['OrderHead'];
    o['goodsValue'] = '2900.00';
    const r2025 = checkParsed(asParsed(s), { asOf: '2025-06-01' });
    const single2025 = r2025.findings.filter((f) => f.code === 'POLICY_SINGLE_LIMIT');
    expect(single2025).toEqual([]);
    const r2018 = checkParsed(asParsed(s), { asOf: '2018-06-01' });
    const f = r2018.findings.find((x) => x.code === 'POLICY_SINGLE_LIMIT');
    expect(f?.ruleVersion).toBe('limits@2016-04-08');
  });
  it('lets an instructor override a D parameter', () => {
    const s = importSet();
    inv(s)['InventoryList'][0]['price'] = '197.00';
    inv(s)['InventoryList'][0]['totalPrice'] = '394.00';
    const strict = createRulePack({ matchTolerance: { name: 'match-tolerance', description: 'strict', versions: [{ validFrom: '2016-04-08', value: 0, evidence: 'D', source: 'test' }] } });
    const r = checkParsed(asParsed(s), { rulePack: strict });
    expect(r.findings.find((f) => f.code === 'MATCH_LIST_TOTAL')?.severity).toBe('error');
    const loose = checkParsed(asParsed(s));
    expect(loose.findings.find((f) => f.code === 'MATCH_LIST_TOTAL')?.severity).toBe('warning');
  });
});

describe('annual limit across a batch and a ledger', () => {
  it('counts the ledger in the same calendar year only', () => {
    const ledger = [{ buyerIdType: '1', buyerIdNumber: '210402199003071520', date: '2025-12-31', amountFen: 2_590_000 }];
    expect(codes(importSet(), { ledger }).errors).not.toContain('POLICY_ANNUAL_LIMIT');
    const ledger2 = [{ buyerIdType: '1', buyerIdNumber: '210402199003071520', date: '2026-01-02', amountFen: 2_590_000 }];
    expect(codes(importSet(), { ledger: ledger2 }).errors).toContain('POLICY_ANNUAL_LIMIT');
  });
});

describe('export policies', () => {
  const xinv = (s: M[]) => s[2]!['Inventory'][0];
  it.each([
    ['POLICY_COLLECTION_SLIP', '2024-06-01', (s: M[]) => s],
    ['POLICY_EXPORT_SIMPLIFIED_HS', '2026-03-20', (s: M[]) => { xinv(s)['InventoryHead']['statisticsFlag'] = 'A'; return s; }],
    ['POLICY_9810_FILING', '2024-06-01', (s: M[]) => { xinv(s)['InventoryHead']['tradeMode'] = '9810'; s[0]!['Order'][0]['OrderHead']['orderType'] = 'W'; return s; }],
    ['POLICY_9810_BOOKING', '2025-06-01', (s: M[]) => { xinv(s)['InventoryHead']['tradeMode'] = '9810'; return s; }],
    ['CODE_MODE_NOT_IN_FORCE', '2020-09-01', (s: M[]) => { xinv(s)['InventoryHead']['tradeMode'] = '9710'; return s; }],
    ['MATCH_EXPORT_LOGISTICS_MISSING', '2026-03-20', (s: M[]) => s.filter((m) => m['kind'] !== 'CEB505')],
  ])('%s as of %s', (code, asOf, mutate) => {
    const r = codes(mutate(exportSet()), { asOf });
    expect(r.errors).toContain(code);
  });
  it('accepts a 9810 list after 2024-12-15 without a filing, and before it with one', () => {
    const s = exportSet();
    xinv(s)['InventoryHead']['tradeMode'] = '9810';
    s[0]!['Order'][0]['OrderHead']['orderType'] = 'W';
    expect(codes(s, { asOf: '2025-01-10' }).errors).toEqual([]);
    expect(codes(s, { asOf: '2024-06-01', warehouseFilings: ['2104960051'] }).errors).not.toContain('POLICY_9810_FILING');
  });
});
