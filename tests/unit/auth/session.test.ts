import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import { generateSessionId, generateSessionSecret, hashSecret, parseToken, SESSION_IDLE_MS, sessionExpiresAt } from '#lib/auth/session.ts';

describe('session tokens', () => {
  it('ids carry at least 80 bits (24 base32 characters = 120 bits) and differ', () => {
    const ids = new Set(Array.from({ length: 200 }, generateSessionId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z2-7]{24}$/);
  });

  it('secrets are 32 random bytes', () => {
    const a = generateSessionSecret();
    const b = generateSessionSecret();
    expect(a).toHaveLength(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('hashes the secret with SHA-256', () => {
    const secret = new Uint8Array(32).fill(7);
    const actual = hashSecret(secret);
    expect(actual).toHaveLength(32);
    expect(Buffer.from(actual).toString('hex')).toBe(createHash('sha256').update(secret).digest('hex'));
  });

  it.each([
    ['', 'empty'],
    ['abc', 'no dot'],
    ['a.b.c', 'two dots'],
    [`${'a'.repeat(24)}.short`, 'short secret'],
    [`${'A'.repeat(24)}.${encodeBase64urlNoPadding(new Uint8Array(32))}`, 'upper-case id'],
  ])('rejects a malformed token (%s: %s)', (token) => {
    expect(parseToken(token)).toBeNull();
  });

  it('parses a well-formed token', () => {
    const secret = generateSessionSecret();
    const id = generateSessionId();
    const parsed = parseToken(`${id}.${encodeBase64urlNoPadding(secret)}`);
    expect(parsed?.id).toBe(id);
    expect(Buffer.from(parsed!.secret).equals(Buffer.from(secret))).toBe(true);
  });

  it('a session expires 30 days after it was last verified', () => {
    const last = new Date('2026-05-01T00:00:00Z');
    expect(sessionExpiresAt({ id: 'x', userId: 'u', createdAt: last, lastVerifiedAt: last }).getTime() - last.getTime()).toBe(SESSION_IDLE_MS);
    expect(SESSION_IDLE_MS).toBe(30 * 24 * 3600 * 1000);
  });
});
