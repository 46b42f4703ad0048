import { describe, expect, it } from 'vitest';
import { orderPageForms, type OrderPageFormsInput } from '#pages/[...lang]/sandbox/orders/_order-page.ts';

const idle = { data: undefined, failed: false, posted: {} };
const lines = [{ gnum: '1', gcode: '1901101010', gname: '婴儿奶粉', unit: '122', qty: 2 }];

function input(over: Partial<OrderPageFormsInput> & { model?: OrderPageFormsInput['ws']['store']['businessModel']; status?: string } = {}): OrderPageFormsInput {
  const { model = 'import-9610', status = 'released', ...rest } = over;
  return {
    locale: 'zh-CN',
    ws: { asOf: '2026-05-10', current: [{ kind: 'CEB311', xml: '<draft311/>' }, { kind: 'CEB621', xml: '<draft621/>' }], store: { businessModel: model }, order: { status: status as never } },
    released: null,
    declare: idle,
    summarize: idle,
    draftReturn: idle,
    declareReturn: idle,
    ...rest,
  };
}

describe('order page forms', () => {
  it('shows the workspace messages, or what was posted after an error', () => {
    expect(orderPageForms(input()).docs).toEqual([
      { kind: 'CEB311', id: 'decl-xml-CEB311', xml: '<draft311/>', title: expect.any(String) as string },
      { kind: 'CEB621', id: 'decl-xml-CEB621', xml: '<draft621/>', title: expect.any(String) as string },
    ]);
    const after = orderPageForms(input({ declare: { data: undefined, failed: true, posted: { xml_CEB621: '<mine/>' } } }));
    expect(after.docs.map((d) => d.xml)).toEqual(['<draft311/>', '<mine/>']);
    expect(orderPageForms(input({ locale: 'en' })).docs[0]?.title).not.toBe(orderPageForms(input()).docs[0]?.title);
  });

  it('offers the monthly summary only for released 9610 export orders, proposing the 5th of the next month', () => {
    expect(orderPageForms(input({ model: 'export-9610' })).summary).toEqual({ asOf: '2026-06-05' });
    expect(orderPageForms(input({ model: 'export-9610', summarize: { data: undefined, failed: true, posted: { asOf: '2026-06-40' } } })).summary).toEqual({ asOf: '2026-06-40' });
    expect(orderPageForms(input({ model: 'export-9610', status: 'declared' })).summary).toBeNull();
    expect(orderPageForms(input({ model: 'export-9710' })).summary).toBeNull();
    expect(orderPageForms(input({ model: 'import-9610' })).summary).toBeNull();
  });

  it('hides the returns section without a released list unless a return form failed', () => {
    expect(orderPageForms(input()).returns).toBeNull();
    const failed = orderPageForms(input({ draftReturn: { data: undefined, failed: true, posted: { asOf: 'x', reason: '破损' } } })).returns;
    expect(failed).toMatchObject({ released: null, lines: [], draft: { asOf: 'x', reason: '破损' }, xml: '' });
  });

  it('proposes a return a week after the order with the 30-day deadline of the list', () => {
    const r = orderPageForms(input({ released: { invtNo: 'I1', releasedAt: '2026-05-11', lines } })).returns;
    expect(r).toEqual({ released: { invtNo: 'I1', releasedAt: '2026-05-11', deadline: '2026-06-10' }, direction: 'import', lines, draft: { asOf: '2026-05-17', reason: '' }, xml: '', asOf: '2026-05-17' });
  });

  it('an export list carries its own (1-year) deadline and the export direction', () => {
    const r = orderPageForms(input({ released: { invtNo: 'E1', releasedAt: '2026-05-11', lines, deadline: '2027-05-11', direction: 'export' } })).returns;
    expect(r).toMatchObject({ released: { invtNo: 'E1', deadline: '2027-05-11' }, direction: 'export' });
  });

  it('shows a fresh draft for signing, and keeps the posted text after an error or a rejection', () => {
    const released = { invtNo: 'I1', releasedAt: '2026-05-11', lines };
    const drafted = orderPageForms(input({ released, draftReturn: { data: { xml: '<ceb625/>', asOf: '2026-05-20' }, failed: false, posted: { asOf: '2026-05-20', reason: '破损' } } })).returns;
    expect(drafted).toMatchObject({ xml: '<ceb625/>', asOf: '2026-05-20', draft: { asOf: '2026-05-20', reason: '破损' } });
    const rejected = orderPageForms(input({ released, declareReturn: { data: { status: 'rejected' }, failed: false, posted: { xml: '<edited/>', asOf: '2026-05-21' } } })).returns;
    expect(rejected).toMatchObject({ xml: '<edited/>', asOf: '2026-05-21' });
    const cleared = orderPageForms(input({ released, declareReturn: { data: { status: 'cleared' }, failed: false, posted: { xml: '<edited/>', asOf: '2026-05-21' } } })).returns;
    expect(cleared?.xml).toBe('');
    const error = orderPageForms(input({ released, declareReturn: { data: undefined, failed: true, posted: { xml: '<bad/>' } } })).returns;
    expect(error).toMatchObject({ xml: '<bad/>', asOf: '2026-05-17' });
  });
});
