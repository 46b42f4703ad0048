/**
 * The audit log as people read it: who did what to which object, by name.
 * Rows store ids; this resolves them in one query per kind of object (never
 * one per row) and says where each object can be looked at.
 */
import { desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ROLES, users, type Role } from '../db/schema-auth.ts';
import { auditLog, enterprises, inviteCodes } from '../db/schema-org.ts';

export type AuditTargetKind = 'account' | 'enterprise' | 'invite';

/** What the target id of each action names, by the action's prefix (`enterprise.approved` → enterprise). */
const TARGET_KIND_BY_PREFIX: Readonly<Record<string, AuditTargetKind>> = {
  user: 'account',
  seed: 'account',
  admin: 'account',
  enterprise: 'enterprise',
  invite: 'invite',
};

export function targetKindOf(action: string): AuditTargetKind | null {
  return TARGET_KIND_BY_PREFIX[action.split('.')[0] ?? ''] ?? null;
}

export interface AuditTarget {
  kind: AuditTargetKind | null;
  id: string;
  /** The object's name (an account's display name, a company, an invite code); null when it no longer exists. */
  name: string | null;
  /** The account page that shows the object, when there is one. */
  accountId: string | null;
}

export interface AuditLine {
  id: number;
  at: Date;
  action: string;
  actor: { id: string; name: string } | null;
  target: AuditTarget | null;
  /** A role the act concerned (sign-ups, invites), when the row records one. */
  role: Role | null;
  /** A free-text note the actor wrote (enterprise reviews). */
  note: string | null;
}

function parseDetail(detail: string | null): { role: Role | null; note: string | null } {
  if (!detail) return { role: null, note: null };
  try {
    const d = JSON.parse(detail) as { role?: unknown; note?: unknown };
    const role = ROLES.find((r) => r === d.role) ?? null;
    return { role, note: typeof d.note === 'string' && d.note.trim() !== '' ? d.note : null };
  } catch {
    return { role: null, note: null };
  }
}

interface Row {
  id: number;
  at: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  target: string | null;
  detail: string | null;
}

async function resolve(db: Db, rows: readonly Row[]): Promise<AuditLine[]> {
  const ids = (kind: AuditTargetKind) => [...new Set(rows.filter((r) => r.target && targetKindOf(r.action) === kind).map((r) => r.target!))];
  const accountIds = ids('account');
  const enterpriseIds = ids('enterprise');
  const inviteCodesWanted = ids('invite');
  const [accounts, companies, invites] = await Promise.all([
    accountIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, accountIds)) : [],
    enterpriseIds.length ? db.select({ id: enterprises.id, name: enterprises.name, userId: enterprises.userId }).from(enterprises).where(inArray(enterprises.id, enterpriseIds)) : [],
    inviteCodesWanted.length ? db.select({ code: inviteCodes.code, usedBy: inviteCodes.usedBy }).from(inviteCodes).where(inArray(inviteCodes.code, inviteCodesWanted)) : [],
  ]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const inviteByCode = new Map(invites.map((i) => [i.code, i]));
  return rows.map((r) => {
    const kind = targetKindOf(r.action);
    let target: AuditTarget | null = null;
    if (r.target) {
      if (kind === 'account') {
        const a = accountById.get(r.target);
        target = { kind, id: r.target, name: a?.name ?? null, accountId: a ? a.id : null };
      } else if (kind === 'enterprise') {
        const c = companyById.get(r.target);
        target = { kind, id: r.target, name: c?.name ?? null, accountId: c?.userId ?? null };
      } else if (kind === 'invite') {
        const i = inviteByCode.get(r.target);
        target = { kind, id: r.target, name: i ? r.target : null, accountId: i?.usedBy ?? null };
      } else {
        target = { kind: null, id: r.target, name: null, accountId: null };
      }
    }
    return {
      id: r.id,
      at: r.at,
      action: r.action,
      actor: r.actorId && r.actorName !== null ? { id: r.actorId, name: r.actorName } : null,
      target,
      ...parseDetail(r.detail),
    };
  });
}

const columns = { id: auditLog.id, at: auditLog.at, action: auditLog.action, actorId: auditLog.actorId, actorName: users.displayName, target: auditLog.target, detail: auditLog.detail };

/** The latest entries, newest first, with names resolved. */
export async function listAuditLog(db: Db, limit = 30): Promise<AuditLine[]> {
  const rows = await db.select(columns).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).orderBy(desc(auditLog.id)).limit(limit);
  return resolve(db, rows);
}

/** The entries an account took part in: as the actor, as the target, or through its enterprise. */
export async function listAuditLogOfAccount(db: Db, accountId: string, limit = 50): Promise<AuditLine[]> {
  const own = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.userId, accountId));
  const targets = [accountId, ...own.map((e) => e.id)];
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(or(eq(auditLog.actorId, accountId), inArray(auditLog.target, targets)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return resolve(db, rows);
}
