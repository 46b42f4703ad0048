/**
 * Auth sessions after Lucia's current guide (lucia-auth/lucia, code/auth_session.ts):
 * the token is `<id>.<secret>`; the database keeps the id and the SHA-256 of the
 * secret only; validation compares hashes in constant time; a session expires
 * after 30 days without use and its last-verified time moves at most hourly.
 * We call it `authSession` so it is never confused with Astro's `Astro.session`.
 */
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeBase64urlNoPadding, decodeBase64urlIgnorePadding } from '@oslojs/encoding';
import type { Db } from '../db/client.ts';
import { authSessions, users, type User } from '../db/schema-auth.ts';

export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_REFRESH_MS = 60 * 60 * 1000;
export const SESSION_COOKIE = 'academy_session';

export interface AuthSession {
  id: string;
  userId: string;
  createdAt: Date;
  lastVerifiedAt: Date;
}

export type SessionValidation =
  | { ok: true; authSession: AuthSession; user: User; refreshed: boolean }
  | { ok: false; reason: 'malformed' | 'unknown' | 'expired' | 'bad-secret' };

/** 15 random bytes in base32: 120 bits, 24 characters. */
export function generateSessionId(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function generateSessionSecret(): Uint8Array {
  const secret = new Uint8Array(32);
  crypto.getRandomValues(secret);
  return secret;
}

export function hashSecret(secret: Uint8Array): Uint8Array {
  return sha256(secret);
}

/** Splits `<id>.<secret>`; null when the token is not of that shape. */
export function parseToken(token: string): { id: string; secret: Uint8Array } | null {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [id, encoded] = parts as [string, string];
  if (!/^[a-z2-7]{24}$/.test(id) || encoded.length < 40 || encoded.length > 48) return null;
  try {
    const secret = decodeBase64urlIgnorePadding(encoded);
    return secret.length === 32 ? { id, secret } : null;
  } catch {
    return null;
  }
}

export async function createAuthSession(db: Pick<Db, 'insert'>, userId: string, now = new Date()): Promise<{ token: string; authSession: AuthSession }> {
  const id = generateSessionId();
  const secret = generateSessionSecret();
  await db.insert(authSessions).values({ id, userId, secretHash: Buffer.from(hashSecret(secret)), createdAt: now, lastVerifiedAt: now });
  return { token: `${id}.${encodeBase64urlNoPadding(secret)}`, authSession: { id, userId, createdAt: now, lastVerifiedAt: now } };
}

export async function validateAuthSessionToken(db: Db, token: string, now = new Date()): Promise<SessionValidation> {
  const parsed = parseToken(token);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const rows = await db
    .select({ session: authSessions, user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, parsed.id))
    .limit(1);
  const row = rows[0];
  if (!row) return { ok: false, reason: 'unknown' };
  const idle = now.getTime() - row.session.lastVerifiedAt.getTime();
  if (idle >= SESSION_IDLE_MS) {
    await db.delete(authSessions).where(eq(authSessions.id, parsed.id));
    return { ok: false, reason: 'expired' };
  }
  if (!constantTimeEqual(hashSecret(parsed.secret), new Uint8Array(row.session.secretHash))) {
    return { ok: false, reason: 'bad-secret' };
  }
  let lastVerifiedAt = row.session.lastVerifiedAt;
  const refreshed = idle >= SESSION_REFRESH_MS;
  if (refreshed) {
    lastVerifiedAt = now;
    await db.update(authSessions).set({ lastVerifiedAt: now }).where(eq(authSessions.id, parsed.id));
  }
  return {
    ok: true,
    refreshed,
    user: row.user,
    authSession: { id: row.session.id, userId: row.session.userId, createdAt: row.session.createdAt, lastVerifiedAt },
  };
}

/** When the cookie should expire: 30 days after the last verification. */
export function sessionExpiresAt(authSession: AuthSession): Date {
  return new Date(authSession.lastVerifiedAt.getTime() + SESSION_IDLE_MS);
}

export async function invalidateAuthSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** "Sign out everywhere". */
export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.userId, userId));
}
