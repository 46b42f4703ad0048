import { describe, expect, it } from 'vitest';
import { effectiveTime, MAX_OFFLINE_AGE_MS, orderItems } from '#lib/offline/sync.ts';

const now = new Date('2026-12-03T12:00:00Z');

describe('effectiveTime', () => {
  it.each([
    ['an hour ago is kept', new Date(now.getTime() - 3_600_000), new Date(now.getTime() - 3_600_000)],
    ['the future becomes now', new Date(now.getTime() + 60_000), now],
    ['beyond the oldest allowed becomes the oldest allowed', new Date(now.getTime() - MAX_OFFLINE_AGE_MS - 1), new Date(now.getTime() - MAX_OFFLINE_AGE_MS)],
    ['an invalid date becomes now', new Date(Number.NaN), now],
  ])('%s', (_name, occurredAt, expected) => {
    expect(effectiveTime(occurredAt, now)).toEqual(expected);
  });
});

describe('orderItems', () => {
  it('puts the oldest first, ties by key, without changing its input', () => {
    const items = [
      { key: 'b', occurredAt: new Date(3) },
      { key: 'c', occurredAt: new Date(1) },
      { key: 'a', occurredAt: new Date(3) },
    ];
    expect(orderItems(items).map((i) => i.key)).toEqual(['c', 'a', 'b']);
    expect(items.map((i) => i.key)).toEqual(['b', 'c', 'a']);
  });
});
