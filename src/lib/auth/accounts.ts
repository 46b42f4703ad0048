/**
 * Account use cases: sign-up for each self-service role, sign-in with
 * throttling, and the admin acts on enterprises and invite codes. Every
 * multi-row write runs in a transaction and leaves an audit-log line.
 */
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db/client.ts';
import { ROLES, authSessions, rateLimits, users, type Role, type User } from '../db/schema-auth.ts';
import { auditLog, enterprises, institutions, inviteCodes, type Enterprise, type InviteCode } from '../db/schema-org.ts';
import { requireActor } from '../admin/actor.ts';
import { AuthError } from './errors.ts';
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from './password.ts';
import { createAuthSession, type AuthSession } from './session.ts';
import { SIGNIN_PER_ACCOUNT, SIGNIN_PER_ADDRESS, SIGNIN_PER_PAIR, checkRateLimit, clearRateLimit, clearRateLimitsByPrefix, recordFailure, type BackoffPolicy } from './rate-limit.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export function newId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  return encodeBase32UpperCaseNoPadding(bytes).toLowerCase();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function writeAudit(tx: Tx | Db, entry: { actorId: string | null; action: string; target?: string; detail?: unknown; at?: Date }): Promise<void> {
  await tx.insert(auditLog).values({
    at: entry.at ?? new Date(),
    actorId: entry.actorId,
    action: entry.action,
    target: entry.target ?? null,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  });
}
export { writeAudit };

interface BaseSignUp {
  email: string;
  password: string;
  displayName: string;
  locale?: 'zh-CN' | 'en';
}

export type SignUpInput =
  | (BaseSignUp & { role: 'learner'; institutionId?: string | undefined })
  | (BaseSignUp & { role: 'enterprise'; enterprise: { name: string; creditCode: string; contactPhone?: string | undefined } })
  | (BaseSignUp & { role: 'instructor' | 'government'; inviteCode: string });

/**
 * What a requested sign-up did. The requester is told the same in both cases
 * (no account enumeration); only the owner of an address already registered
 * learns of the attempt, from the notice on their account page and the admin
 * console's audit log.
 */
export type SignUpOutcome = { created: true; user: User } | { created: false };

/** The audit action recorded, against the existing account, when someone signs up with its e-mail. */
export const DUPLICATE_SIGN_UP = 'user.sign-up-duplicate';

/**
 * Sign-up as the public forms request it: like `signUp`, but an address
 * already registered creates nothing, records a notice for its owner and
 * reports `created: false` instead of an error. The password is hashed
 * before the address is looked at, so both answers take comparable time.
 */
export async function requestSignUp(db: Db, input: SignUpInput, now = new Date()): Promise<SignUpOutcome> {
  try {
    return { created: true, user: await signUp(db, input, now) };
  } catch (e) {
    if (!(e instanceof AuthError) || e.code !== 'EMAIL_TAKEN') throw e;
    await db.transaction(async (tx) => {
      const existing = (await tx.select({ id: users.id }).from(users).where(eq(users.email, normalizeEmail(input.email))).limit(1))[0];
      // The invite is spent as a new account would have spent it: otherwise trying it again would tell
      // a registered address (the code still works) from a new one (the code is used).
      const spent = input.role === 'instructor' || input.role === 'government' ? await spendInvite(tx, input.inviteCode, now) : null;
      if (existing) await writeAudit(tx, { actorId: null, action: DUPLICATE_SIGN_UP, target: existing.id, detail: { role: input.role, ...(spent ? { invite: spent } : {}) }, at: now });
      if (spent) await writeAudit(tx, { actorId: null, action: 'invite.spent-duplicate', target: spent, detail: { role: input.role }, at: now });
    });
    return { created: false };
  }
}

/** Marks a valid code used without an account; returns the code, or null when it was no longer valid. */
async function spendInvite(tx: Tx, inviteCode: string, now: Date): Promise<string | null> {
  const code = inviteCode.trim().toUpperCase();
  const spent = await tx
    .update(inviteCodes)
    .set({ usedAt: now })
    .where(and(eq(inviteCodes.code, code), isNull(inviteCodes.usedAt), isNull(inviteCodes.usedBy), isNull(inviteCodes.revokedAt), gt(inviteCodes.expiresAt, now)))
    .returning({ code: inviteCodes.code });
  return spent[0]?.code ?? null;
}

/**
 * Creates an account. Enterprises start `pending`; instructors and government
 * need a valid invite of their role, checked before the address so an invite
 * error says nothing about it. Throws EMAIL_TAKEN for a registered address
 * (scripts and tests; the public forms go through `requestSignUp`).
 */
export async function signUp(db: Db, input: SignUpInput, now = new Date()): Promise<User> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    let institutionId: string | null = null;
    let department: string | null = null;
    let invite: InviteCode | undefined;
    if (input.role === 'instructor' || input.role === 'government') {
      invite = (await tx.select().from(inviteCodes).where(eq(inviteCodes.code, input.inviteCode.trim().toUpperCase())).limit(1))[0];
      if (invite?.revokedAt) throw new AuthError('INVITE_REVOKED');
      if (!invite || invite.usedBy || invite.usedAt || invite.expiresAt.getTime() <= now.getTime()) throw new AuthError('INVITE_INVALID');
      if (invite.role !== input.role) throw new AuthError('INVITE_ROLE_MISMATCH');
      institutionId = invite.institutionId;
      department = invite.department;
    } else if (input.role === 'learner') {
      institutionId = input.institutionId ?? null;
    }
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (existing.length > 0) throw new AuthError('EMAIL_TAKEN');
    const id = newId();
    const [user] = await tx
      .insert(users)
      .values({
        id,
        email,
        passwordHash,
        displayName: input.displayName.trim(),
        role: input.role,
        status: input.role === 'enterprise' ? 'pending' : 'active',
        institutionId,
        department,
        locale: input.locale ?? 'zh-CN',
        createdAt: now,
      })
      .returning();
    if (!user) throw new AuthError('INVALID_STATE');
    if (invite) {
      const used = await tx
        .update(inviteCodes)
        .set({ usedBy: id, usedAt: now })
        .where(and(eq(inviteCodes.code, invite.code), isNull(inviteCodes.usedBy), isNull(inviteCodes.usedAt), isNull(inviteCodes.revokedAt)))
        .returning({ code: inviteCodes.code });
      if (used.length !== 1) throw new AuthError('INVITE_INVALID');
    }
    if (input.role === 'enterprise') {
      await tx.insert(enterprises).values({
        id: newId(),
        userId: id,
        name: input.enterprise.name.trim(),
        creditCode: input.enterprise.creditCode.trim().toUpperCase(),
        contactName: input.displayName.trim(),
        contactPhone: input.enterprise.contactPhone?.trim() || null,
        status: 'pending',
        createdAt: now,
      });
    }
    await writeAudit(tx, { actorId: id, action: 'user.sign-up', target: id, detail: { role: input.role }, at: now });
    return user;
  });
}

/** The sign-up attempts made with this account's e-mail after it existed, newest first (its owner's notice). */
export async function listDuplicateSignUps(db: Db, userId: string, limit = 10): Promise<{ at: Date; role: Role | null }[]> {
  const rows = await db
    .select({ at: auditLog.at, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, DUPLICATE_SIGN_UP), eq(auditLog.target, userId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => ({ at: r.at, role: roleOfDetail(r.detail) }));
}

function roleOfDetail(detail: string | null): Role | null {
  try {
    const role = (JSON.parse(detail ?? 'null') as { role?: unknown } | null)?.role;
    return ROLES.find((r) => r === role) ?? null;
  } catch {
    return null;
  }
}

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address (client-address.ts: the peer, or the forwarded one from TRUSTED_PROXY). */
  ip: string;
}

/** The throttling keys of one sign-in attempt and the policy of each. */
export function signInKeys(email: string, ip: string): { key: string; kind: 'pair' | 'account' | 'address'; policy: BackoffPolicy }[] {
  return [
    { key: `signin:pair:${email}|${ip}`, kind: 'pair', policy: SIGNIN_PER_PAIR },
    { key: `signin:email:${email}`, kind: 'account', policy: SIGNIN_PER_ACCOUNT },
    { key: `signin:ip:${ip}`, kind: 'address', policy: SIGNIN_PER_ADDRESS },
  ];
}

/**
 * Checks credentials with backoff per (account, address), per account and
 * per address (rate-limit.ts): never a hard lock, so the owner waits at most
 * the account's short ceiling. Each wait a failure starts is an audit-log
 * line. Unknown e-mail and wrong password look alike.
 */
export async function signIn(db: Db, input: SignInInput, now = new Date()): Promise<User> {
  const email = normalizeEmail(input.email);
  const keys = signInKeys(email, input.ip);
  const waits = await Promise.all(keys.map((k) => checkRateLimit(db, k.key, now)));
  const wait = Math.max(...waits);
  if (wait > 0) throw new AuthError('RATE_LIMITED', wait);
  const user = (await db.select().from(users).where(eq(users.email, email)).limit(1))[0];
  const ok = await verifyPasswordOrDummy(user?.passwordHash, input.password);
  if (!user || !ok) {
    for (const k of keys) {
      const delay = await recordFailure(db, k.key, k.policy, now);
      if (delay > 0) {
        await writeAudit(db, { actorId: null, action: 'signin.throttled', target: k.kind === 'address' ? input.ip : email, detail: { kind: k.kind, ip: input.ip, waitMs: delay }, at: now });
      }
    }
    throw new AuthError('INVALID_CREDENTIALS');
  }
  if (user.status === 'disabled') throw new AuthError('ACCOUNT_DISABLED');
  await clearRateLimit(db, keys[0]?.key ?? '');
  await clearRateLimit(db, keys[1]?.key ?? '');
  return user;
}

/** The throttling keys of a password change (its current-password check is throttled like sign-in). */
export function passwordChangeKeys(userId: string, ip: string): { key: string; policy: BackoffPolicy }[] {
  return [
    { key: `password:pair:${userId}|${ip}`, policy: SIGNIN_PER_PAIR },
    { key: `password:user:${userId}`, policy: SIGNIN_PER_ACCOUNT },
  ];
}

/**
 * A signed-in user changes their password: the current one is required (and
 * throttled like sign-in), the new one is hashed with Argon2id, every session
 * of the account is revoked and one new session replaces the current one, all
 * in one transaction with its audit-log line. Returns the new session's token.
 */
export async function changePassword(
  db: Db,
  input: { userId: string; currentPassword: string; newPassword: string; ip: string },
  now = new Date(),
): Promise<{ token: string; authSession: AuthSession }> {
  const keys = passwordChangeKeys(input.userId, input.ip);
  const wait = Math.max(...(await Promise.all(keys.map((k) => checkRateLimit(db, k.key, now)))));
  if (wait > 0) throw new AuthError('RATE_LIMITED', wait);
  const user = (await db.select().from(users).where(eq(users.id, input.userId)).limit(1))[0];
  if (!user || user.status === 'disabled') throw new AuthError('INVALID_STATE');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    for (const k of keys) {
      const delay = await recordFailure(db, k.key, k.policy, now);
      if (delay > 0) await writeAudit(db, { actorId: user.id, action: 'password.throttled', target: user.id, detail: { ip: input.ip, waitMs: delay }, at: now });
    }
    throw new AuthError('WRONG_PASSWORD');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const started = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    const revoked = (await tx.delete(authSessions).where(eq(authSessions.userId, user.id)).returning({ id: authSessions.id })).length;
    const session = await createAuthSession(tx, user.id, now);
    await writeAudit(tx, { actorId: user.id, action: 'user.password-change', target: user.id, detail: { revokedSessions: revoked }, at: now });
    return session;
  });
  for (const k of keys) await clearRateLimit(db, k.key);
  return started;
}

/** An admin lifts every sign-in wait on an account (from any address); logged. Returns how many waits were lifted. */
export async function unlockAccount(db: Db, input: { adminId: string; email: string }, now = new Date()): Promise<number> {
  const email = normalizeEmail(input.email);
  return db.transaction(async (tx) => {
    await requireActor(tx, input.adminId, 'admin:manage-users');
    const account = (await tx.delete(rateLimits).where(eq(rateLimits.key, `signin:email:${email}`)).returning({ key: rateLimits.key })).length;
    const lifted = account + (await clearRateLimitsByPrefix(tx, [`signin:pair:${email}|`]));
    await writeAudit(tx, { actorId: input.adminId, action: 'signin.unlock', target: email, detail: { lifted }, at: now });
    return lifted;
  });
}

/** An admin approves (or rejects) a pending enterprise; approval activates its account. */
export async function reviewEnterprise(
  db: Db,
  input: { adminId: string; enterpriseId: string; decision: 'approved' | 'rejected'; note?: string | undefined },
  now = new Date(),
): Promise<Enterprise> {
  return db.transaction(async (tx) => {
    await requireActor(tx, input.adminId, 'admin:approve-enterprises');
    const ent = (await tx.select().from(enterprises).where(eq(enterprises.id, input.enterpriseId)).limit(1))[0];
    if (!ent) throw new AuthError('NOT_FOUND');
    if (ent.status !== 'pending') throw new AuthError('INVALID_STATE');
    const [updated] = await tx
      .update(enterprises)
      .set({ status: input.decision, reviewedBy: input.adminId, reviewedAt: now, reviewNote: input.note ?? null })
      .where(eq(enterprises.id, ent.id))
      .returning();
    await tx
      .update(users)
      .set({ status: input.decision === 'approved' ? 'active' : 'pending' })
      // a disabled account stays disabled: approval is not a way around an admin's block
      .where(and(eq(users.id, ent.userId), ne(users.status, 'disabled')));
    await writeAudit(tx, { actorId: input.adminId, action: `enterprise.${input.decision}`, target: ent.id, detail: { note: input.note ?? null }, at: now });
    if (!updated) throw new AuthError('INVALID_STATE');
    return updated;
  });
}

export const INVITE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** An admin issues a one-time invite code for an instructor (bound to an institution) or government user (bound to a department). */
export async function issueInviteCode(
  db: Db,
  input: { adminId: string; role: 'instructor' | 'government'; institutionId?: string | undefined; department?: string | undefined },
  now = new Date(),
): Promise<InviteCode> {
  if (input.role === 'instructor' && !input.institutionId) throw new AuthError('INVALID_STATE');
  if (input.role === 'government' && !input.department?.trim()) throw new AuthError('INVALID_STATE');
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const code = encodeBase32UpperCaseNoPadding(bytes).slice(0, 12);
  return db.transaction(async (tx) => {
    await requireActor(tx, input.adminId, 'admin:issue-invites');
    if (input.role === 'instructor') {
      const inst = (await tx.select({ active: institutions.active }).from(institutions).where(eq(institutions.id, input.institutionId ?? '')).limit(1))[0];
      if (!inst?.active) throw new AuthError('NOT_FOUND');
    }
    const [row] = await tx
      .insert(inviteCodes)
      .values({
        code,
        role: input.role,
        institutionId: input.role === 'instructor' ? (input.institutionId ?? null) : null,
        department: input.role === 'government' ? (input.department?.trim() ?? null) : null,
        createdBy: input.adminId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
      })
      .returning();
    await writeAudit(tx, { actorId: input.adminId, action: 'invite.issue', target: code, detail: { role: input.role }, at: now });
    if (!row) throw new AuthError('INVALID_STATE');
    return row;
  });
}

/** Creates an admin account (CLI only). */
export async function createAdmin(db: Db, input: { email: string; password: string; displayName: string }, now = new Date()): Promise<User> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (existing.length > 0) throw new AuthError('EMAIL_TAKEN');
    const [user] = await tx
      .insert(users)
      .values({ id: newId(), email, passwordHash, displayName: input.displayName, role: 'admin' satisfies Role, status: 'active', createdAt: now })
      .returning();
    if (!user) throw new AuthError('INVALID_STATE');
    await writeAudit(tx, { actorId: null, action: 'admin.create', target: user.id, at: now });
    return user;
  });
}
