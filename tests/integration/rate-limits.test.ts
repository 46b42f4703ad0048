/**
 * rate_limits pruning: a recorded failure removes keys whose window is over by every policy and that make
 * nobody wait, a bounded number at a time and oldest first; keys still counting or still making someone wait stay.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { rateLimits } from '#lib/db/schema-auth.ts';
import { LONGEST_WINDOW_MS, SIGNIN_PER_PAIR, pruneRateLimits, recordFailure } from '#lib/auth/rate-limit.ts';

let t: TestDatabase;
const now = new Date('2026-12-04T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.cleanup());
beforeEach(async () => {
  await t.db.delete(rateLimits);
});

const keys = async () => (await t.db.select({ key: rateLimits.key }).from(rateLimits).orderBy(asc(rateLimits.key))).map((r) => r.key);

describe('pruning rate_limits', () => {
  it('a recorded failure removes the expired keys and keeps the live ones', async () => {
    await t.db.insert(rateLimits).values([
      { key: 'signin:email:gone@example.cn', failures: 3, windowStartedAt: ago(2 * LONGEST_WINDOW_MS), blockedUntil: null },
      { key: 'signin:ip:203.0.113.9', failures: 60, windowStartedAt: ago(LONGEST_WINDOW_MS + 30 * MINUTE), blockedUntil: ago(10 * MINUTE) },
      { key: 'signin:email:counting@example.cn', failures: 2, windowStartedAt: ago(10 * MINUTE), blockedUntil: null },
      // Its window is over, but it still makes the guesser wait.
      { key: 'signin:pair:waiting@example.cn|203.0.113.5', failures: 12, windowStartedAt: ago(LONGEST_WINDOW_MS + MINUTE), blockedUntil: new Date(now.getTime() + 5 * MINUTE) },
      // Exactly at the window's end: a fresh window, so no longer counted.
      { key: 'signin:email:edge@example.cn', failures: 1, windowStartedAt: ago(LONGEST_WINDOW_MS), blockedUntil: null },
    ]);
    await recordFailure(t.db, 'signin:email:new@example.cn', SIGNIN_PER_PAIR, now);
    expect(await keys()).toEqual(['signin:email:counting@example.cn', 'signin:email:new@example.cn', 'signin:pair:waiting@example.cn|203.0.113.5']);
  });

  it('removes at most the batch it is given, oldest windows first', async () => {
    await t.db.insert(rateLimits).values(
      Array.from({ length: 30 }, (_, i) => ({ key: `signin:email:old-${String(i).padStart(2, '0')}@example.cn`, failures: 1, windowStartedAt: ago(2 * LONGEST_WINDOW_MS + i * MINUTE), blockedUntil: null })),
    );
    expect(await pruneRateLimits(t.db, now, 10)).toBe(10);
    const left = await keys();
    expect(left).toHaveLength(20);
    // The ten oldest (largest i) went first.
    expect(left.at(-1)).toBe('signin:email:old-19@example.cn');
    expect(await pruneRateLimits(t.db, now, 100)).toBe(20);
    expect(await pruneRateLimits(t.db, now, 100)).toBe(0);
  });

  it('refuses a policy whose window is longer than pruning allows for', async () => {
    await expect(recordFailure(t.db, 'x:long', { ...SIGNIN_PER_PAIR, windowMs: LONGEST_WINDOW_MS + 1 }, now)).rejects.toThrow(/LONGEST_WINDOW_MS/);
    expect(await keys()).toEqual([]);
  });
});
