import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleMessage, getAtPath, parseMessage, serializeMessage } from '#sandbox';
import { applyFormEdit, buildFormModel, setFieldValue } from '#lib/editor/form-model.ts';

const msg = exampleMessage('CEB621');
const xml = serializeMessage(msg);

function reparse(text: string | undefined) {
  const r = parseMessage(text ?? '');
  if (!r.ok) throw new Error('unreadable');
  return r.parsed.message;
}

describe('form model', () => {
  it('has head fields, a table of list lines and the envelope', () => {
    const model = buildFormModel(msg);
    const head = model.sections.find((s) => s.path === 'Inventory[0].InventoryHead');
    expect(head?.type).toBe('record');
    expect(head?.type === 'record' && head.fields.find((f) => f.name === 'orderNo')?.value).toBe('FSCB20260315000123');
    const lines = model.sections.find((s) => s.path === 'Inventory[0].InventoryList');
    expect(lines?.type).toBe('table');
    if (lines?.type !== 'table') return;
    expect(lines.rows).toHaveLength(2);
    expect(lines.rows[1]?.cells.find((c) => c.name === 'gcode')?.value).toBe('0410902100');
    expect(lines.columns[0]?.name).toBe('gnum');
    expect(model.sections.some((s) => s.path === 'BaseTransfer')).toBe(true);
    expect(model.sections[0]?.type === 'record' && model.sections[0].fields.map((f) => f.name)).toEqual(['guid', 'version']);
  });

  it('round-trips a head edit: form → XML → parse gives the edited value', () => {
    const out = applyFormEdit(xml, 'Inventory[0].InventoryHead.orderNo', 'NEW-ORDER-9');
    expect(out).toContain('<ceb:orderNo>NEW-ORDER-9</ceb:orderNo>');
    expect(getAtPath(reparse(out), 'Inventory[0].InventoryHead.orderNo')).toBe('NEW-ORDER-9');
  });

  it('round-trips a line edit', () => {
    const out = applyFormEdit(xml, 'Inventory[0].InventoryList[1].qty', '3');
    const m = reparse(out);
    expect(getAtPath(m, 'Inventory[0].InventoryList[1].qty')).toBe('3');
    expect(getAtPath(m, 'Inventory[0].InventoryList[0].qty')).toBe('2');
  });

  it('removes an optional field cleared in the form and keeps a required one as empty', () => {
    const noBar = reparse(applyFormEdit(xml, 'Inventory[0].InventoryList[0].barCode', ''));
    expect(getAtPath(noBar, 'Inventory[0].InventoryList[0].barCode')).toBeUndefined();
    const noName = setFieldValue(msg, 'Inventory[0].InventoryHead.buyerName', '');
    expect(getAtPath(noName, 'Inventory[0].InventoryHead.buyerName')).toBe('');
  });

  it('adds an absent optional field', () => {
    const m = reparse(applyFormEdit(xml, 'Inventory[0].InventoryHead.note', '加急'));
    expect(getAtPath(m, 'Inventory[0].InventoryHead.note')).toBe('加急');
  });

  it('does not change the original message', () => {
    setFieldValue(msg, 'Inventory[0].InventoryHead.orderNo', 'X');
    expect(getAtPath(msg, 'Inventory[0].InventoryHead.orderNo')).toBe('FSCB20260315000123');
  });

  it('returns undefined for unreadable XML and throws on an unknown path', () => {
    expect(applyFormEdit('<nope', 'Inventory[0].InventoryHead.orderNo', 'x')).toBeUndefined();
    expect(() => setFieldValue(msg, 'Inventory[0].InventoryHead.nope', 'x')).toThrow();
  });

  it('keeps any printable value through XML, special characters included', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /^[\x20-\x7e\u4e00-\u9fff]+$/.test(s) && s.trim() === s), (value) => {
        const m = reparse(applyFormEdit(xml, 'Inventory[0].InventoryHead.buyerName', value));
        expect(getAtPath(m, 'Inventory[0].InventoryHead.buyerName')).toBe(value);
      }),
      { numRuns: 100 },
    );
  });
});
