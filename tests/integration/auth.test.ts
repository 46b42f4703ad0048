import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { issueInviteCode, reviewEnterprise, signIn, signUp, createAdmin, unlockAccount, requestSignUp, changePassword, listDuplicateSignUps, DUPLICATE_SIGN_UP } from '#lib/auth/accounts.ts';
import { SIGNIN_PER_ACCOUNT, SIGNIN_PER_ADDRESS } from '#lib/auth/rate-limit.ts';
import { AuthError } from '#lib/auth/errors.ts';
import { can } from '#lib/auth/permissions.ts';
import { createAuthSession, invalidateAuthSession, invalidateUserSessions, SESSION_IDLE_MS, SESSION_REFRESH_MS, validateAuthSessionToken } from '#lib/auth/session.ts';
import { authSessions, users } from '#lib/db/schema-auth.ts';
import { auditLog, enterprises } from '#lib/db/schema-org.ts';
import { seedDatabase } from '#lib/seed/seed.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
});
afterAll(() => t.cleanup());

async function expectAuthError(p: Promise<unknown>, code: string): Promise<AuthError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AuthError);
  expect((e as AuthError).code).toBe(code);
  return e as AuthError;
}

describe('sign-up → session → sign-out', () => {
  it('creates a learner, signs in, validates and invalidates the session', async () => {
    const user = await signUp(t.db, { role: 'learner', email: ' Ming@Example.CN ', password: 'a-long-password', displayName: '李明', institutionId: 'fvtc' });
    expect(user.email).toBe('ming@example.cn');
    expect(user.status).toBe('active');
    const signed = await signIn(t.db, { email: 'ming@example.cn', password: 'a-long-password', ip: '10.0.0.1' });
    expect(signed.id).toBe(user.id);
    const { token, authSession } = await createAuthSession(t.db, user.id);
    const stored = (await t.db.select().from(authSessions).where(eq(authSessions.id, authSession.id)))[0]!;
    expect(token.startsWith(`${authSession.id}.`)).toBe(true);
    expect(Buffer.from(stored.secretHash).toString('hex')).not.toContain(token.split('.')[1]);
    const v = await validateAuthSessionToken(t.db, token);
    expect(v.ok && v.user.id).toBe(user.id);
    await invalidateAuthSession(t.db, authSession.id);
    expect((await validateAuthSessionToken(t.db, token)).ok).toBe(false);
  });

  it('rejects a duplicate e-mail and creates nothing', async () => {
    const before = (await t.db.select().from(users)).length;
    await expectAuthError(signUp(t.db, { role: 'learner', email: 'MING@example.cn', password: 'another-password', displayName: 'x' }), 'EMAIL_TAKEN');
    expect((await t.db.select().from(users)).length).toBe(before);
  });

  it('a requested sign-up with a registered e-mail creates nothing, keeps the password and tells the owner', async () => {
    const owner = (await t.db.select().from(users).where(eq(users.email, 'ming@example.cn')))[0]!;
    const before = (await t.db.select().from(users)).length;
    const outcome = await requestSignUp(t.db, { role: 'enterprise', email: ' Ming@example.cn', password: 'attacker-password', displayName: 'x', enterprise: { name: '某公司', creditCode: '91210400MA0DUPL11X' } });
    expect(outcome).toEqual({ created: false });
    expect((await t.db.select().from(users)).length).toBe(before);
    expect((await t.db.select().from(enterprises).where(eq(enterprises.creditCode, '91210400MA0DUPL11X'))).length).toBe(0);
    await expectAuthError(signIn(t.db, { email: 'ming@example.cn', password: 'attacker-password', ip: '10.0.0.9' }), 'INVALID_CREDENTIALS');
    expect((await signIn(t.db, { email: 'ming@example.cn', password: 'a-long-password', ip: '10.0.0.9' })).id).toBe(owner.id);
    expect(await listDuplicateSignUps(t.db, owner.id)).toEqual([{ at: expect.any(Date) as Date, role: 'enterprise' }]);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, DUPLICATE_SIGN_UP))).map((r) => r.target)).toEqual([owner.id]);
  });

  it('a requested sign-up with a new e-mail creates the account', async () => {
    const outcome = await requestSignUp(t.db, { role: 'learner', email: 'fresh-request@example.cn', password: 'a-long-password', displayName: '新' });
    expect(outcome.created && outcome.user.email).toBe('fresh-request@example.cn');
  });

  it('an invite error comes before the address is looked at, so it says nothing about the address', async () => {
    await expectAuthError(requestSignUp(t.db, { role: 'instructor', email: 'ming@example.cn', password: 'a-long-password', displayName: 'x', inviteCode: 'NO-SUCH-CODE' }), 'INVITE_INVALID');
    await expectAuthError(requestSignUp(t.db, { role: 'instructor', email: 'nobody-yet@example.cn', password: 'a-long-password', displayName: 'x', inviteCode: 'NO-SUCH-CODE' }), 'INVITE_INVALID');
  });

  it('a password change needs the current password, revokes every session and rotates the current one', async () => {
    const u = await signUp(t.db, { role: 'learner', email: 'change@example.cn', password: 'old-password-1', displayName: 'C' });
    const here = await createAuthSession(t.db, u.id);
    const elsewhere = await createAuthSession(t.db, u.id);
    await expectAuthError(changePassword(t.db, { userId: u.id, currentPassword: 'not-the-password', newPassword: 'new-password-1', ip: '10.0.0.5' }), 'WRONG_PASSWORD');
    expect((await validateAuthSessionToken(t.db, elsewhere.token)).ok).toBe(true);
    const rotated = await changePassword(t.db, { userId: u.id, currentPassword: 'old-password-1', newPassword: 'new-password-1', ip: '10.0.0.5' });
    expect((await validateAuthSessionToken(t.db, here.token)).ok).toBe(false);
    expect((await validateAuthSessionToken(t.db, elsewhere.token)).ok).toBe(false);
    const v = await validateAuthSessionToken(t.db, rotated.token);
    expect(v.ok && v.user.id).toBe(u.id);
    expect((await t.db.select().from(authSessions).where(eq(authSessions.userId, u.id))).length).toBe(1);
    expect((await signIn(t.db, { email: 'change@example.cn', password: 'new-password-1', ip: '10.0.0.5' })).id).toBe(u.id);
    await expectAuthError(signIn(t.db, { email: 'change@example.cn', password: 'old-password-1', ip: '10.0.0.5' }), 'INVALID_CREDENTIALS');
    const line = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.password-change')))[0]!;
    expect([line.target, JSON.parse(line.detail!)]).toEqual([u.id, { revokedSessions: 2 }]);
  });

  it('wrong current passwords are throttled like sign-in', async () => {
    const u = await signUp(t.db, { role: 'learner', email: 'change-guess@example.cn', password: 'old-password-1', displayName: 'G' });
    let limited: AuthError | null = null;
    for (let i = 0; i < 12 && !limited; i++) {
      const e = await changePassword(t.db, { userId: u.id, currentPassword: `guess-${i}`, newPassword: 'new-password-1', ip: '10.0.0.6' }).catch((err: unknown) => err as AuthError);
      if (e instanceof AuthError && e.code === 'RATE_LIMITED') limited = e;
    }
    expect(limited?.retryAfterMs).toBeGreaterThan(0);
  });

  it('a token with the right id and a wrong secret is rejected', async () => {
    const user = (await t.db.select().from(users).where(eq(users.email, 'ming@example.cn')))[0]!;
    const { token } = await createAuthSession(t.db, user.id);
    const [id] = token.split('.');
    const forged = `${id}.${'A'.repeat(43)}`;
    expect(await validateAuthSessionToken(t.db, forged)).toEqual({ ok: false, reason: 'bad-secret' });
  });

  it('sign out everywhere ends every session of the user', async () => {
    const user = (await t.db.select().from(users).where(eq(users.email, 'ming@example.cn')))[0]!;
    const a = await createAuthSession(t.db, user.id);
    const b = await createAuthSession(t.db, user.id);
    await invalidateUserSessions(t.db, user.id);
    expect((await validateAuthSessionToken(t.db, a.token)).ok).toBe(false);
    expect((await validateAuthSessionToken(t.db, b.token)).ok).toBe(false);
  });
});

describe('session expiry', () => {
  it('an expired session is rejected and deleted; a used one slides', async () => {
    const user = await signUp(t.db, { role: 'learner', email: 'expiry@example.cn', password: 'a-long-password', displayName: 'E' });
    const start = new Date('2026-01-01T00:00:00Z');
    const { token, authSession } = await createAuthSession(t.db, user.id, start);
    const early = await validateAuthSessionToken(t.db, token, new Date(start.getTime() + SESSION_REFRESH_MS - 1));
    expect(early.ok && early.refreshed).toBe(false);
    const later = new Date(start.getTime() + SESSION_IDLE_MS - 1000);
    const slid = await validateAuthSessionToken(t.db, token, later);
    expect(slid.ok && slid.refreshed).toBe(true);
    expect(slid.ok && slid.authSession.lastVerifiedAt.getTime()).toBe(later.getTime());
    // 30 days after the last use, not after creation:
    expect((await validateAuthSessionToken(t.db, token, new Date(later.getTime() + SESSION_IDLE_MS - 1000))).ok).toBe(true);
    const expired = await validateAuthSessionToken(t.db, token, new Date(later.getTime() + 2 * SESSION_IDLE_MS));
    expect(expired).toEqual({ ok: false, reason: 'expired' });
    expect(await t.db.select().from(authSessions).where(eq(authSessions.id, authSession.id))).toHaveLength(0);
  });
});

describe('sign-in throttling: backoff, never a lock of the owner', () => {
  /** Tries to sign in; when told to wait, waits (moves the clock) and tries again. Returns the clock after. */
  async function attempt(input: { email: string; password: string; ip: string }, now: Date): Promise<{ now: Date; waited: number; error: AuthError | null }> {
    let waited = 0;
    for (;;) {
      const e = await signIn(t.db, input, now).then(
        () => null,
        (err: unknown) => err as AuthError,
      );
      if (e?.code !== 'RATE_LIMITED') return { now, waited, error: e };
      waited += e.retryAfterMs ?? 0;
      now = new Date(now.getTime() + (e.retryAfterMs ?? 0) + 1);
    }
  }

  it('wrong password and unknown e-mail give the same error', async () => {
    await signUp(t.db, { role: 'learner', email: 'throttle@example.cn', password: 'a-long-password', displayName: 'T' });
    const now = new Date('2026-03-01T00:00:00Z');
    await expectAuthError(signIn(t.db, { email: 'nobody@example.cn', password: 'whatever-pass', ip: '10.9.9.9' }, now), 'INVALID_CREDENTIALS');
    await expectAuthError(signIn(t.db, { email: 'throttle@example.cn', password: 'wrong-password', ip: '10.9.9.9' }, now), 'INVALID_CREDENTIALS');
  });

  it('a guesser at many addresses makes the owner wait seconds at most, and the right password then works', async () => {
    await signUp(t.db, { role: 'learner', email: 'target@example.cn', password: 'owners-password', displayName: 'Owner' });
    let now = new Date('2026-03-02T00:00:00Z');
    for (let i = 0; i < 60; i++) {
      const r = await attempt({ email: 'target@example.cn', password: `guess-${i}`, ip: `10.50.0.${i % 12}` }, now);
      expect(r.error?.code).toBe('INVALID_CREDENTIALS');
      now = r.now;
    }
    const owner = await signIn(t.db, { email: 'target@example.cn', password: 'owners-password', ip: '10.3.3.3' }, now).then(
      (u) => ({ user: u, wait: 0 }),
      (e: unknown) => ({ user: null, wait: (e as AuthError).retryAfterMs ?? 0 }),
    );
    expect(owner.wait).toBeLessThanOrEqual(SIGNIN_PER_ACCOUNT.maxDelayMs);
    const after = await attempt({ email: 'target@example.cn', password: 'owners-password', ip: '10.3.3.3' }, now);
    expect(after.error).toBeNull();
    expect(after.waited).toBeLessThanOrEqual(SIGNIN_PER_ACCOUNT.maxDelayMs);
  });

  it('one address guessing one account waits longer and longer', async () => {
    await signUp(t.db, { role: 'learner', email: 'pair@example.cn', password: 'owners-password', displayName: 'Pair' });
    let now = new Date('2026-03-03T00:00:00Z');
    let last = 0;
    for (let i = 0; i < 14; i++) {
      const r = await attempt({ email: 'pair@example.cn', password: `guess-${i}`, ip: '10.77.0.1' }, now);
      now = r.now;
      last = r.waited;
    }
    expect(last).toBeGreaterThan(SIGNIN_PER_ACCOUNT.maxDelayMs);
    const waits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'signin.throttled'));
    expect(waits.some((w) => w.target === 'pair@example.cn' && (JSON.parse(w.detail ?? '{}') as { kind?: string }).kind === 'pair')).toBe(true);
  });

  it('everyone behind one shared address (a proxy) is slowed for seconds at most, not refused', async () => {
    await signUp(t.db, { role: 'learner', email: 'behind-proxy@example.cn', password: 'owners-password', displayName: 'P' });
    let now = new Date('2026-03-04T00:00:00Z');
    for (let i = 0; i < 120; i++) {
      const r = await attempt({ email: `someone${i}@example.cn`, password: 'wrong-password', ip: '10.0.0.1' }, now);
      now = r.now;
    }
    const r = await attempt({ email: 'behind-proxy@example.cn', password: 'owners-password', ip: '10.0.0.1' }, now);
    expect(r.error).toBeNull();
    expect(r.waited).toBeLessThanOrEqual(SIGNIN_PER_ADDRESS.maxDelayMs);
  });

  it('an admin unlocks an account at once, and it is logged', async () => {
    const admin = await createAdmin(t.db, { email: 'unlocker@example.cn', password: 'admin-password-1', displayName: 'U' });
    await signUp(t.db, { role: 'learner', email: 'lock_me@example.cn', password: 'owners-password', displayName: 'L' });
    let now = new Date('2026-03-05T00:00:00Z');
    for (let i = 0; i < 12; i++) now = (await attempt({ email: 'lock_me@example.cn', password: `g${i}`, ip: '10.88.0.1' }, now)).now;
    await expectAuthError(signIn(t.db, { email: 'lock_me@example.cn', password: 'owners-password', ip: '10.88.0.1' }, now), 'RATE_LIMITED');
    expect(await unlockAccount(t.db, { adminId: admin.id, email: 'LOCK_ME@example.cn' }, now)).toBeGreaterThan(0);
    expect((await signIn(t.db, { email: 'lock_me@example.cn', password: 'owners-password', ip: '10.88.0.1' }, now)).email).toBe('lock_me@example.cn');
    const log = await t.db.select().from(auditLog).where(eq(auditLog.action, 'signin.unlock'));
    expect(log.map((l) => [l.actorId, l.target])).toContainEqual([admin.id, 'lock_me@example.cn']);
  });
});

describe('enterprise approval', () => {
  it('an enterprise is pending until an admin approves it', async () => {
    const admin = await createAdmin(t.db, { email: 'office@example.cn', password: 'admin-password-1', displayName: 'Office' });
    const entUser = await signUp(t.db, {
      role: 'enterprise',
      email: 'hr@wood.example.cn',
      password: 'a-long-password',
      displayName: '王芳',
      enterprise: { name: '抚顺木制品进出口有限公司', creditCode: '91210400MA0ABCDE1X' },
    });
    expect(entUser.status).toBe('pending');
    expect(can(entUser, 'enterprise:manage-orders')).toBe(false);
    const ent = (await t.db.select().from(enterprises).where(eq(enterprises.userId, entUser.id)))[0]!;
    expect(ent.status).toBe('pending');
    await reviewEnterprise(t.db, { adminId: admin.id, enterpriseId: ent.id, decision: 'approved' });
    const after = (await t.db.select().from(users).where(eq(users.id, entUser.id)))[0]!;
    expect(after.status).toBe('active');
    expect(can(after, 'enterprise:manage-orders')).toBe(true);
    await expectAuthError(reviewEnterprise(t.db, { adminId: admin.id, enterpriseId: ent.id, decision: 'rejected' }), 'INVALID_STATE');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'enterprise.approved'));
    expect(audit).toHaveLength(1);
  });
});

describe('invite codes', () => {
  it('instructors sign up only with an unused invite of their role, bound to its institution', async () => {
    const admin = (await t.db.select().from(users).where(eq(users.email, 'office@example.cn')))[0]!;
    const invite = await issueInviteCode(t.db, { adminId: admin.id, role: 'instructor', institutionId: 'lnpu' });
    await expectAuthError(signUp(t.db, { role: 'government', email: 'g@example.cn', password: 'a-long-password', displayName: 'G', inviteCode: invite.code }), 'INVITE_ROLE_MISMATCH');
    await expectAuthError(signUp(t.db, { role: 'instructor', email: 'i0@example.cn', password: 'a-long-password', displayName: 'I', inviteCode: 'NOPE1234' }), 'INVITE_INVALID');
    const teacher = await signUp(t.db, { role: 'instructor', email: 'i1@example.cn', password: 'a-long-password', displayName: '张老师', inviteCode: invite.code.toLowerCase() });
    expect(teacher.institutionId).toBe('lnpu');
    await expectAuthError(signUp(t.db, { role: 'instructor', email: 'i2@example.cn', password: 'a-long-password', displayName: 'I2', inviteCode: invite.code }), 'INVITE_INVALID');
    expect(await t.db.select().from(users).where(eq(users.email, 'i2@example.cn'))).toHaveLength(0);
  });

  it('an expired invite is refused', async () => {
    const admin = (await t.db.select().from(users).where(eq(users.email, 'office@example.cn')))[0]!;
    const old = new Date('2020-01-01T00:00:00Z');
    const invite = await issueInviteCode(t.db, { adminId: admin.id, role: 'government', department: '抚顺海关' }, old);
    await expectAuthError(signUp(t.db, { role: 'government', email: 'late@example.cn', password: 'a-long-password', displayName: 'L', inviteCode: invite.code }), 'INVITE_INVALID');
  });
});

describe('seed', () => {
  it('is idempotent and creates one demo account per role', async () => {
    const first = await seedDatabase(t.db, { demo: true });
    const second = await seedDatabase(t.db, { demo: true });
    expect(first.accountsCreated).toHaveLength(5);
    expect(second.accountsCreated).toHaveLength(0);
    expect(second.institutionsCreated).toBe(0);
    const demoEnt = (await t.db.select().from(users).where(eq(users.email, 'enterprise@demo.academy')))[0]!;
    expect(demoEnt.status).toBe('active');
  });
});
