import { describe, expect, it } from 'vitest';
import { planSplit } from '#lib/workbench/order-actions.ts';

const line = (sku: string, priceFen: number, qty: number) => ({ productId: sku, sku, hsCode: '1901101010', qty, priceFen });

describe('planSplit', () => {
  it('packs the pieces into parts each within the limit, freight included, keeping every piece', () => {
    const lines = [line('A', 198_000, 3), line('B', 60_000, 2)];
    const parts = planSplit(lines, 2_000, 500_000);
    expect(parts).not.toBeNull();
    for (const p of parts ?? []) expect(p.goodsFen + p.freightFen).toBeLessThanOrEqual(500_000);
    const qty = (sku: string) => (parts ?? []).flatMap((p) => p.lines).filter((l) => l.sku === sku).reduce((s, l) => s + l.qty, 0);
    expect([qty('A'), qty('B')]).toEqual([3, 2]);
    expect((parts ?? []).reduce((s, p) => s + p.freightFen, 0)).toBe(2_000);
    expect((parts ?? []).reduce((s, p) => s + p.goodsFen, 0)).toBe(3 * 198_000 + 2 * 60_000);
    expect(parts?.length).toBe(2);
  });
  it('is impossible when one piece alone is over the limit', () => {
    expect(planSplit([line('W', 1_200_000, 1), line('B', 1_000, 1)], 0, 500_000)).toBeNull();
  });
});
