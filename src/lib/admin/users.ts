/**
 * Accounts as the zone office manages them: a paged list searched by name or
 * e-mail and filtered by role, each with its sign-in wait; disabling an
 * account (its sessions end at once, it cannot sign in) and enabling it again.
 * An administrator never disables their own account or the last active one.
 */
import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { authSessions, rateLimits, users, type Role, type User, type UserStatus } from '../db/schema-auth.ts';
import { enterprises } from '../db/schema-org.ts';
import { writeAudit } from '../auth/accounts.ts';
import { requireActor } from './actor.ts';
import { AdminError } from './errors.ts';

export const USERS_PAGE_SIZE = 25;

export interface UserQuery {
  /** Part of the display name or e-mail (case-insensitive for Latin letters). */
  q?: string | undefined;
  role?: Role | undefined;
  /** 1-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface UserRow {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  status: UserStatus;
  createdAt: Date;
  /** Until when sign-in with this e-mail waits (the account's own or a pair key), or null. */
  lockedUntil: Date | null;
}

export interface UserPage {
  rows: UserRow[];
  total: number;
  page: number;
  pages: number;
}

/** `instr` on lower-cased text: an exact substring, so `%` and `_` in the query mean themselves. */
function contains(column: typeof users.displayName | typeof users.email, q: string): SQL {
  return sql`instr(lower(${column}), ${q.toLowerCase()}) > 0`;
}

export async function listUsers(db: Db, query: UserQuery = {}, now = new Date()): Promise<UserPage> {
  const size = query.pageSize ?? USERS_PAGE_SIZE;
  const q = query.q?.trim() ?? '';
  const where = and(q ? or(contains(users.displayName, q), contains(users.email, q)) : undefined, query.role ? eq(users.role, query.role) : undefined);
  const total = (await db.select({ n: count() }).from(users).where(where))[0]?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pages);
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, email: users.email, role: users.role, status: users.status, createdAt: users.createdAt })
    .from(users)
    .where(where)
    .orderBy(asc(users.role), asc(users.email))
    .limit(size)
    .offset((page - 1) * size);
  const waits = await signInWaits(db, rows.map((r) => r.email), now);
  return { rows: rows.map((r) => ({ ...r, lockedUntil: waits.get(r.email) ?? null })), total, page, pages };
}

/** The latest sign-in wait of each e-mail (its account key or any of its pair keys) still running. */
async function signInWaits(db: Db, emails: readonly string[], now: Date): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (emails.length === 0) return out;
  const wanted = new Set(emails);
  const rows = await db.select({ key: rateLimits.key, blockedUntil: rateLimits.blockedUntil }).from(rateLimits).where(sql`${rateLimits.blockedUntil} > ${now.getTime()}`);
  for (const r of rows) {
    const m = /^signin:(?:email:(.+)|pair:(.+)\|[^|]*)$/.exec(r.key);
    const email = m?.[1] ?? m?.[2];
    if (!email || !wanted.has(email) || !r.blockedUntil) continue;
    const seen = out.get(email);
    if (!seen || seen < r.blockedUntil) out.set(email, r.blockedUntil);
  }
  return out;
}

/** The status an enabled account returns to: an enterprise not (yet) approved waits again. */
async function enabledStatus(db: Pick<Db, 'select'>, user: User): Promise<UserStatus> {
  if (user.role !== 'enterprise') return 'active';
  const ent = (await db.select({ status: enterprises.status }).from(enterprises).where(eq(enterprises.userId, user.id)).limit(1))[0];
  return ent?.status === 'approved' ? 'active' : 'pending';
}

/**
 * An admin disables or enables an account. Disabling ends every session of
 * the account in the same transaction; the guard against leaving no active
 * administrator is part of the update itself, so two admins disabling each
 * other at once cannot both succeed.
 */
export async function setAccountDisabled(db: Db, input: { actorId: string; userId: string; disabled: boolean }, now = new Date()): Promise<{ user: User; revokedSessions: number }> {
  return db.transaction(async (tx) => {
    await requireActor(tx, input.actorId, 'admin:manage-users');
    const target = (await tx.select().from(users).where(eq(users.id, input.userId)).limit(1))[0];
    if (!target) throw new AdminError('NOT_FOUND');
    if (input.disabled) {
      if (target.id === input.actorId) throw new AdminError('SELF');
      if (target.status === 'disabled') throw new AdminError('INVALID_STATE');
      const otherAdmins = sql`(select count(*) from ${users} where ${users.role} = 'admin' and ${users.status} = 'active' and ${users.id} <> ${target.id})`;
      const [user] = await tx
        .update(users)
        .set({ status: 'disabled' })
        .where(and(eq(users.id, target.id), target.role === 'admin' ? sql`${otherAdmins} > 0` : undefined))
        .returning();
      if (!user) throw new AdminError('LAST_ADMIN');
      const revokedSessions = (await tx.delete(authSessions).where(eq(authSessions.userId, target.id)).returning({ id: authSessions.id })).length;
      await writeAudit(tx, { actorId: input.actorId, action: 'user.disable', target: target.id, detail: { role: target.role, revokedSessions }, at: now });
      return { user, revokedSessions };
    }
    if (target.status !== 'disabled') throw new AdminError('INVALID_STATE');
    const [user] = await tx
      .update(users)
      .set({ status: await enabledStatus(tx, target) })
      .where(eq(users.id, target.id))
      .returning();
    if (!user) throw new AdminError('NOT_FOUND');
    await writeAudit(tx, { actorId: input.actorId, action: 'user.enable', target: target.id, detail: { role: target.role }, at: now });
    return { user, revokedSessions: 0 };
  });
}
