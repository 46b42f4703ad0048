/**
 * The audit log as people read it: who did what to which object, by name.
 * Rows store ids; this resolves them in one query per kind of object (never
 * one per row) and says where each object can be looked at.
 */
import { and, count, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ROLES, users, type Role } from '../db/schema-auth.ts';
import { auditLog, enterprises, institutions, inviteCodes } from '../db/schema-org.ts';
import { orderApplications, trainingOrders } from '../db/schema-orders.ts';
import { teams } from '../db/schema-incubation.ts';
import { certificates } from '../db/schema-certificates.ts';
import { classes } from '../db/schema-classes.ts';

export type AuditTargetKind = 'account' | 'enterprise' | 'invite' | 'partner' | 'email' | 'training-order' | 'application' | 'team' | 'certificate' | 'class';

/** What the target id of each action names, by the action's prefix (`enterprise.approved` → enterprise). */
const TARGET_KIND_BY_PREFIX: Readonly<Record<string, AuditTargetKind>> = {
  user: 'account',
  seed: 'account',
  admin: 'account',
  enterprise: 'enterprise',
  invite: 'invite',
  partner: 'partner',
  password: 'account',
  candidate: 'account',
  'training-order': 'training-order',
  'order-application': 'application',
  placement: 'application',
  incubation: 'team',
  certificate: 'certificate',
  class: 'class',
};

/** The kind of object a row's target names; sign-in rows name an e-mail address (or, for an address wait, an IP: no kind). */
export function targetKindOf(action: string, target?: string | null): AuditTargetKind | null {
  const prefix = action.split('.')[0] ?? '';
  if (prefix === 'signin') return target?.includes('@') ? 'email' : null;
  return TARGET_KIND_BY_PREFIX[prefix] ?? null;
}

export interface AuditTarget {
  kind: AuditTargetKind | null;
  id: string;
  /** The object's name (an account's display name, a company, an invite code); null when it no longer exists. */
  name: string | null;
  /** The account page that shows the object, when there is one. */
  accountId: string | null;
  /** Names in both languages (a partner, a training order; the page picks one). */
  names?: { zh: string; en: string };
  /** A page (without the language prefix) that shows the object, when it is not an account page. */
  path?: string;
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
  const ids = (kind: AuditTargetKind) => [...new Set(rows.filter((r) => r.target && targetKindOf(r.action, r.target) === kind).map((r) => r.target!))];
  const accountIds = ids('account');
  const enterpriseIds = ids('enterprise');
  const inviteCodesWanted = ids('invite');
  const partnerIds = ids('partner');
  const emails = ids('email');
  const orderIds = ids('training-order');
  const applicationIds = ids('application');
  const teamIds = ids('team');
  const certificateIds = ids('certificate');
  const classIds = ids('class');
  const [accounts, companies, invites, partners, byEmail, orders, applications, teamRows, certificateRows, classRows] = await Promise.all([
    accountIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, accountIds)) : [],
    enterpriseIds.length ? db.select({ id: enterprises.id, name: enterprises.name, userId: enterprises.userId }).from(enterprises).where(inArray(enterprises.id, enterpriseIds)) : [],
    inviteCodesWanted.length ? db.select({ code: inviteCodes.code, usedBy: inviteCodes.usedBy }).from(inviteCodes).where(inArray(inviteCodes.code, inviteCodesWanted)) : [],
    partnerIds.length ? db.select({ id: institutions.id, zh: institutions.nameZh, en: institutions.nameEn }).from(institutions).where(inArray(institutions.id, partnerIds)) : [],
    emails.length ? db.select({ id: users.id, email: users.email, name: users.displayName }).from(users).where(inArray(users.email, emails)) : [],
    orderIds.length ? db.select({ id: trainingOrders.id, zh: trainingOrders.titleZh, en: trainingOrders.titleEn, state: trainingOrders.state }).from(trainingOrders).where(inArray(trainingOrders.id, orderIds)) : [],
    applicationIds.length
      ? db
          .select({ id: orderApplications.id, learnerId: orderApplications.learnerId, learner: users.displayName, orderId: trainingOrders.id, zh: trainingOrders.titleZh, en: trainingOrders.titleEn })
          .from(orderApplications)
          .innerJoin(users, eq(users.id, orderApplications.learnerId))
          .innerJoin(trainingOrders, eq(trainingOrders.id, orderApplications.orderId))
          .where(inArray(orderApplications.id, applicationIds))
      : [],
    teamIds.length ? db.select({ id: teams.id, name: teams.name, shown: teams.showcasePublishedAt }).from(teams).where(inArray(teams.id, teamIds)) : [],
    certificateIds.length ? db.select({ id: certificates.id, holder: certificates.holderName, userId: certificates.userId }).from(certificates).where(inArray(certificates.id, certificateIds)) : [],
    classIds.length ? db.select({ id: classes.id, name: classes.name }).from(classes).where(inArray(classes.id, classIds)) : [],
  ]);
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const applicationById = new Map(applications.map((a) => [a.id, a]));
  const teamById = new Map(teamRows.map((t) => [t.id, t]));
  const certificateById = new Map(certificateRows.map((c) => [c.id, c]));
  const classById = new Map(classRows.map((c) => [c.id, c]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const inviteByCode = new Map(invites.map((i) => [i.code, i]));
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const accountByEmail = new Map(byEmail.map((a) => [a.email, a]));
  return rows.map((r) => {
    const kind = targetKindOf(r.action, r.target);
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
      } else if (kind === 'partner') {
        const p = partnerById.get(r.target);
        target = p ? { kind, id: r.target, name: p.zh, accountId: null, names: { zh: p.zh, en: p.en } } : { kind, id: r.target, name: null, accountId: null };
      } else if (kind === 'email') {
        // the address itself is the name (an unknown address is a name too: nobody has it)
        const a = accountByEmail.get(r.target);
        target = { kind: a ? 'account' : kind, id: r.target, name: a?.name ?? r.target, accountId: a?.id ?? null };
      } else if (kind === 'training-order') {
        const o = orderById.get(r.target);
        target = o
          ? { kind, id: r.target, name: o.zh, accountId: null, names: { zh: o.zh, en: o.en ?? o.zh }, ...(o.state === 'draft' ? {} : { path: `/training-orders/${o.id}` }) }
          : { kind, id: r.target, name: null, accountId: null };
      } else if (kind === 'application') {
        // an application is named by who applied and to what
        const a = applicationById.get(r.target);
        target = a
          ? { kind, id: r.target, name: `${a.learner} · ${a.zh}`, accountId: a.learnerId, names: { zh: `${a.learner} · ${a.zh}`, en: `${a.learner} · ${a.en ?? a.zh}` }, path: `/training-orders/${a.orderId}` }
          : { kind, id: r.target, name: null, accountId: null };
      } else if (kind === 'team') {
        const tm = teamById.get(r.target);
        target = tm ? { kind, id: r.target, name: tm.name, accountId: null, ...(tm.shown ? { path: `/showcase/${tm.id}` } : {}) } : { kind, id: r.target, name: null, accountId: null };
      } else if (kind === 'certificate') {
        const c = certificateById.get(r.target);
        target = c ? { kind, id: r.target, name: c.holder, accountId: c.userId, path: `/verify/${c.id}` } : { kind, id: r.target, name: null, accountId: null };
      } else if (kind === 'class') {
        const c = classById.get(r.target);
        target = { kind, id: r.target, name: c?.name ?? null, accountId: null };
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
  const rows = await db.select(columns).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
  return resolve(db, rows);
}

/** The entries an account took part in: as the actor, as the target, or through its enterprise. */
export async function listAuditLogOfAccount(db: Db, accountId: string, limit = 50): Promise<AuditLine[]> {
  const [own, account] = await Promise.all([
    db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.userId, accountId)),
    db.select({ email: users.email }).from(users).where(eq(users.id, accountId)).limit(1),
  ]);
  // sign-in rows (waits, unlocks) name the account by its e-mail
  const targets = [accountId, ...own.map((e) => e.id), ...account.map((a) => a.email)];
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(or(eq(auditLog.actorId, accountId), inArray(auditLog.target, targets)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return resolve(db, rows);
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  /** An account id, or `system` for rows without an actor. */
  actor?: string | undefined;
  /** An action (`invite.revoke`) or a whole group by its prefix (`invite`). */
  action?: string | undefined;
  /** Instants, from inclusive, to exclusive (the page turns its dates into Asia/Shanghai days). */
  from?: Date | undefined;
  to?: Date | undefined;
  /** 1-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface AuditPage {
  lines: AuditLine[];
  total: number;
  page: number;
  pages: number;
}

/** The log filtered by actor, action (or action group) and period, newest first, one page of it. */
export async function queryAuditLog(db: Db, query: AuditQuery = {}): Promise<AuditPage> {
  const size = query.pageSize ?? AUDIT_PAGE_SIZE;
  const action = query.action?.trim();
  const where = and(
    query.actor === 'system' ? isNull(auditLog.actorId) : query.actor ? eq(auditLog.actorId, query.actor) : undefined,
    action ? (action.includes('.') ? eq(auditLog.action, action) : sql`substr(${auditLog.action}, 1, ${action.length + 1}) = ${`${action}.`}`) : undefined,
    query.from ? gte(auditLog.at, query.from) : undefined,
    query.to ? lt(auditLog.at, query.to) : undefined,
  );
  const total = (await db.select({ n: count() }).from(auditLog).where(where))[0]?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pages);
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(size)
    .offset((page - 1) * size);
  return { lines: await resolve(db, rows), total, page, pages };
}

/** What the filters offer: every actor that appears in the log (by name) and every action recorded. */
export async function auditFilterChoices(db: Db): Promise<{ actors: { id: string; name: string }[]; actions: string[] }> {
  const [actors, actions] = await Promise.all([
    db.selectDistinct({ id: users.id, name: users.displayName }).from(auditLog).innerJoin(users, eq(users.id, auditLog.actorId)).orderBy(users.displayName),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action),
  ]);
  return { actors, actions: actions.map((a) => a.action) };
}

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The instant an Asia/Shanghai day (`YYYY-MM-DD`) starts (UTC+8 all year), or null for no such day. */
export function shanghaiDayStart(day: string | null | undefined): Date | null {
  if (!day || !DAY.test(day)) return null;
  const d = new Date(`${day}T00:00:00+08:00`);
  // 2026-02-31 parses as an invalid date or rolls over: either way it is no day of the calendar
  return Number.isNaN(d.getTime()) || new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) !== day ? null : d;
}
