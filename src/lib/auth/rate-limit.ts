/**
 * Sign-in throttling: a fixed window of failures per key (account, IP), stored
 * in the database so every app instance sees the same counts. After
 * MAX_FAILURES in WINDOW_MS the key is blocked for BLOCK_MS.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateLimits } from '../db/schema-auth.ts';

export interface RateLimitPolicy {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

export const SIGNIN_PER_ACCOUNT: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };
export const SIGNIN_PER_IP: RateLimitPolicy = { maxFailures: 20, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

/** Milliseconds the key must still wait, or 0 when it may try. */
export async function checkRateLimit(db: Db, key: string, now = new Date()): Promise<number> {
  const row = (await db.select().from(rateLimits).where(eq(rateLimits.key, key)).limit(1))[0];
  if (!row?.blockedUntil) return 0;
  return Math.max(0, row.blockedUntil.getTime() - now.getTime());
}

export async function recordFailure(db: Db, key: string, policy: RateLimitPolicy, now = new Date()): Promise<void> {
  const row = (await db.select().from(rateLimits).where(eq(rateLimits.key, key)).limit(1))[0];
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= policy.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const blockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.blockMs) : null;
  const values = { failures, windowStartedAt: fresh ? now : row.windowStartedAt, blockedUntil };
  await db
    .insert(rateLimits)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: rateLimits.key, set: values });
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
