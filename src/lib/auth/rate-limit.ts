/**
 * Sign-in throttling by backoff, never a hard lock of the owner: failures are
 * counted per key in a window, and after a few free failures each further one
 * makes the key wait before its next try, doubling up to a ceiling. The keys
 * (accounts.ts) are the account, the (account, address) pair and the address:
 * a guesser at one address against one account soon waits long (pair), while
 * an account or a shared address can be made to wait only a few seconds.
 * Counts live in the database so every app instance sees the same ones; each
 * recorded failure also prunes a bounded number of expired keys, so one row per
 * guessed e-mail or address does not stay for ever.
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateLimits } from '../db/schema-auth.ts';

export interface BackoffPolicy {
  /** Failures in the window before any wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  /** The longest wait one failure can cause. */
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

const MINUTE = 60_000;
/** One account from one address: the guesser's own key, so it may wait long. */
export const SIGNIN_PER_PAIR: BackoffPolicy = { freeFailures: 5, baseDelayMs: 2_000, maxDelayMs: 15 * MINUTE, windowMs: 60 * MINUTE };
/** One account from anywhere: shared with its owner, so the wait stays short. */
export const SIGNIN_PER_ACCOUNT: BackoffPolicy = { freeFailures: 10, baseDelayMs: 1_000, maxDelayMs: 30_000, windowMs: 15 * MINUTE };
/** One address against any account: may be many people behind one NAT, so short too. */
export const SIGNIN_PER_ADDRESS: BackoffPolicy = { freeFailures: 50, baseDelayMs: 1_000, maxDelayMs: 30_000, windowMs: 15 * MINUTE };

/** The wait after the n-th failure in a window (0 while free). */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  const over = failures - policy.freeFailures;
  if (over <= 0) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(over - 1, 30));
}

/**
 * No policy's window is longer: a key whose window began this long ago and that makes nobody wait any more counts
 * as no key at all (recordFailure starts a fresh window), so pruning may delete it.
 */
export const LONGEST_WINDOW_MS = 60 * MINUTE;
/** Expired keys one recorded failure removes at most: more than it adds, so the table cannot outgrow the live keys for long. */
export const PRUNE_BATCH = 100;

/**
 * Deletes up to `limit` expired keys (window over by every policy, no wait left), oldest window first; returns how
 * many. Live keys stay.
 */
export async function pruneRateLimits(db: Pick<Db, 'delete' | 'select'>, now = new Date(), limit = PRUNE_BATCH): Promise<number> {
  const expired = db
    .select({ key: rateLimits.key })
    .from(rateLimits)
    .where(and(lte(rateLimits.windowStartedAt, new Date(now.getTime() - LONGEST_WINDOW_MS)), or(isNull(rateLimits.blockedUntil), lte(rateLimits.blockedUntil, now))))
    .orderBy(asc(rateLimits.windowStartedAt))
    .limit(limit);
  const removed = await db.delete(rateLimits).where(inArray(rateLimits.key, expired)).returning({ key: rateLimits.key });
  return removed.length;
}

/** Milliseconds the key must still wait, or 0 when it may try. */
export async function checkRateLimit(db: Db, key: string, now = new Date()): Promise<number> {
  const row = (await db.select().from(rateLimits).where(eq(rateLimits.key, key)).limit(1))[0];
  if (!row?.blockedUntil) return 0;
  return Math.max(0, row.blockedUntil.getTime() - now.getTime());
}

/** Counts a failure; returns the wait it causes (0 while free). */
export async function recordFailure(db: Db, key: string, policy: BackoffPolicy, now = new Date()): Promise<number> {
  if (policy.windowMs > LONGEST_WINDOW_MS) throw new Error(`a backoff window of ${policy.windowMs} ms is longer than LONGEST_WINDOW_MS, which pruning relies on`);
  const row = (await db.select().from(rateLimits).where(eq(rateLimits.key, key)).limit(1))[0];
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= policy.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const delay = backoffDelay(policy, failures);
  const values = { failures, windowStartedAt: fresh ? now : row.windowStartedAt, blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
  await db
    .insert(rateLimits)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: rateLimits.key, set: values });
  await pruneRateLimits(db, now);
  return delay;
}

export async function clearRateLimit(db: Pick<Db, 'delete'>, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Removes every key that starts with one of the prefixes; returns how many. */
export async function clearRateLimitsByPrefix(db: Pick<Db, 'delete'>, prefixes: readonly string[]): Promise<number> {
  if (prefixes.length === 0) return 0;
  // An exact prefix comparison (LIKE would treat `_` in an e-mail address as a wildcard).
  const matches = prefixes.map((p) => sql`substr(${rateLimits.key}, 1, ${p.length}) = ${p}`);
  const removed = await db.delete(rateLimits).where(or(...matches)).returning({ key: rateLimits.key });
  return removed.length;
}

/** Keys currently making someone wait, for the operations console. */
export async function activeLimits(db: Db, now = new Date()): Promise<{ key: string; failures: number; blockedUntil: Date }[]> {
  const rows = await db.select().from(rateLimits);
  return rows.flatMap((r) => (r.blockedUntil && r.blockedUntil.getTime() > now.getTime() ? [{ key: r.key, failures: r.failures, blockedUntil: r.blockedUntil }] : []));
}
