import { describe, expect, it } from 'vitest';
import { exampleMessage, serializeMessage } from '#sandbox';
import { completeAt, hoverAt } from '#lib/editor/help.ts';
import { childSlots, resolvePath } from '#lib/editor/schema.ts';
import { contextAt, offsetAt } from '#lib/editor/xml-context.ts';

const xml621 = serializeMessage(exampleMessage('CEB621'));

describe('xml context', () => {
  it('tracks the open elements at an offset', () => {
    const at = xml621.indexOf('<ceb:orderNo>') + '<ceb:orderNo>'.length + 2;
    const ctx = contextAt(xml621, at);
    expect(ctx.kind).toBe('text');
    expect(ctx.stack).toEqual(['CEB621Message', 'Inventory', 'InventoryHead', 'orderNo']);
  });
  it('sees a half-typed tag name', () => {
    const text = '<ceb:CEB621Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:Inventory><ceb:InventoryHead><ceb:ord';
    const ctx = contextAt(text, text.length);
    expect(ctx).toMatchObject({ kind: 'tag-name', partial: 'ceb:ord', closing: false, stack: ['CEB621Message', 'Inventory', 'InventoryHead'] });
  });
  it('skips comments and self-closing tags', () => {
    const text = '<a><!-- <b> --><c/><d>x';
    expect(contextAt(text, text.length).stack).toEqual(['a', 'd']);
  });
  it('converts line and column to an offset', () => {
    expect(offsetAt('ab\ncd\nef', 2, 2)).toBe(4);
  });
});

describe('schema', () => {
  it('lists the children of a record in XSD order', () => {
    const head = resolvePath(['CEB621Message', 'Inventory', 'InventoryHead']);
    const names = head ? childSlots(head).map((s) => s.name) : [];
    expect(names.slice(0, 5)).toEqual(['guid', 'appType', 'appTime', 'appStatus', 'orderNo']);
  });
  it('puts the envelope after the body', () => {
    const root = resolvePath(['CEB621Message']);
    expect(root ? childSlots(root).map((s) => s.name) : []).toEqual(['Inventory', 'BaseTransfer', 'BaseSubscribe', 'ExtendMessage', 'Signature']);
  });
  it('rejects an element not allowed there', () => {
    expect(resolvePath(['CEB621Message', 'OrderHead'])).toBeUndefined();
  });
});

describe('completion', () => {
  it('offers the fields of the parent record, in order', () => {
    const text = xml621.replace('<ceb:orderNo>', '<ceb:ord|<ceb:orderNo>');
    const at = text.indexOf('|');
    const c = completeAt(text.replace('|', ''), at, 'en');
    expect(c.items[4]?.label).toBe('ceb:orderNo');
    expect(c.items[4]?.insertText).toBe('ceb:orderNo>$0</ceb:orderNo>');
    expect(c.items.map((i) => i.label)).not.toContain('ceb:gcode');
  });
  it('offers list fields inside a list line', () => {
    const at = xml621.indexOf('<ceb:gnum>');
    const c = completeAt(xml621, at + 1, 'zh-CN');
    expect(c.items.map((i) => i.label)).toContain('ceb:gcode');
    expect(c.start).toBe(at + 1);
  });
  it('offers code values for a code field', () => {
    const at = xml621.indexOf('<ceb:currency>') + '<ceb:currency>'.length;
    const text = xml621.slice(0, at) + xml621.slice(at + 3);
    const c = completeAt(text, at, 'en');
    expect(c.items.map((i) => i.label)).toContain('142');
    expect(c.items.find((i) => i.label === '142')?.detail).toContain('Renminbi');
  });
  it('offers HS codes for gcode', () => {
    const at = xml621.indexOf('<ceb:gcode>') + '<ceb:gcode>'.length;
    const c = completeAt(xml621, at, 'zh-CN');
    expect(c.items.some((i) => i.label === '3304990099')).toBe(true);
  });
  it('offers nothing for free text', () => {
    const at = xml621.indexOf('<ceb:buyerName>') + '<ceb:buyerName>'.length;
    expect(completeAt(xml621, at, 'en').items).toEqual([]);
  });
});

describe('hover', () => {
  it('explains a field in both languages with type and requiredness', () => {
    const at = xml621.indexOf('<ceb:orderNo>') + 6;
    const h = hoverAt(xml621, at, 'en');
    const text = h?.contents.join('\n') ?? '';
    expect(text).toContain('orderNo');
    expect(text).toContain('Order number');
    expect(text).toContain('交易平台的订单编号');
    expect(text).toContain('C1..60');
    expect(text).toContain('required');
    const zh = hoverAt(xml621, at, 'zh-CN')?.contents.join('\n') ?? '';
    expect(zh).toContain('必填');
  });
  it('explains a code value', () => {
    const at = xml621.indexOf('<ceb:currency>142') + '<ceb:currency>'.length + 1;
    const h = hoverAt(xml621, at, 'en');
    expect(h?.contents.join('\n')).toContain('Renminbi');
  });
  it('knows records and the message', () => {
    const at = xml621.indexOf('<ceb:InventoryHead>') + 8;
    expect(hoverAt(xml621, at, 'zh-CN')?.contents.join('\n')).toContain('进口清单表头实体');
    const root = xml621.indexOf('CEB621Message') + 2;
    expect(hoverAt(xml621, root, 'en')?.contents.join('\n')).toContain('import inventory list');
  });
});
