import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from '#lib/auth/password.ts';

describe('password hashing', () => {
  it('hashes with Argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same-password-1')).not.toBe(await hashPassword('same-password-1'));
  });

  it('a malformed stored hash verifies as false, not an exception', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });

  it('an unknown account still does the work and fails', async () => {
    expect(await verifyPasswordOrDummy(undefined, 'anything')).toBe(false);
  });
});
