import { describe, expect, it } from 'vitest';
import { checkSubmission, exampleMessage, receiptFacts, receiptStatus, serializeMessage } from '#sandbox';
import { storedReceipt } from '#lib/workbench/receipts.ts';

describe('receipt facts', () => {
  it('reads status, time and list number of the engine receipts, typed or stored as XML', () => {
    const release = exampleMessage('CEB622');
    const rec = release.InventoryReturn[0];
    if (!rec) throw new Error('the example receipt has no record');
    const facts = receiptFacts(release);
    expect(facts).toEqual({ kind: 'CEB622', returnStatus: rec.returnStatus.trim(), returnTime: rec.returnTime.trim(), invtNo: rec.invtNo?.trim() ?? '' });
    expect(facts.returnStatus).not.toBe('');
    expect(receiptStatus(release)).toBe(rec.returnStatus);
    expect(storedReceipt(serializeMessage(release))).toEqual(facts);
  });

  it('reads the receipts the engine answers with', () => {
    const set = (['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const).map((k) => serializeMessage(exampleMessage(k)));
    const r = checkSubmission({ messages: set, asOf: '2026-05-10', verifySignatures: false });
    expect(r.receipts.length).toBeGreaterThan(0);
    for (const m of r.receipts) expect(receiptStatus(m)).toMatch(/^-?\d+$/);
  });

  it('has no facts for what is not a message, and blank facts for a message without them', () => {
    expect(storedReceipt('<not-xml')).toBeNull();
    expect(receiptStatus(exampleMessage('CEB311'))).toBeNull();
    expect(receiptFacts(exampleMessage('CEB311'))).toMatchObject({ returnStatus: '', returnTime: '' });
  });
});
