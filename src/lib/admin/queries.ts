/** Read models for the administration and role home pages. */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { auditLog, enterprises, institutions, inviteCodes, type Enterprise, type Institution, type InviteCode } from '../db/schema-org.ts';

export async function listPendingEnterprises(db: Db): Promise<(Enterprise & { email: string })[]> {
  const rows = await db
    .select({ ent: enterprises, email: users.email })
    .from(enterprises)
    .innerJoin(users, eq(users.id, enterprises.userId))
    .where(eq(enterprises.status, 'pending'))
    .orderBy(enterprises.createdAt);
  return rows.map((r) => ({ ...r.ent, email: r.email }));
}

export async function listRecentInvites(db: Db, limit = 20): Promise<InviteCode[]> {
  return db.select().from(inviteCodes).orderBy(desc(inviteCodes.createdAt)).limit(limit);
}

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  target: string | null;
  actorName: string | null;
}

export async function listAudit(db: Db, limit = 30): Promise<AuditEntry[]> {
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, target: auditLog.target, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows;
}

export async function getEnterpriseOfUser(db: Db, userId: string): Promise<Enterprise | undefined> {
  return (await db.select().from(enterprises).where(eq(enterprises.userId, userId)).limit(1))[0];
}

export async function listInstitutions(db: Db): Promise<Institution[]> {
  return db.select().from(institutions).orderBy(institutions.id);
}

export async function getInstitution(db: Db, id: string): Promise<Institution | undefined> {
  return (await db.select().from(institutions).where(eq(institutions.id, id)).limit(1))[0];
}
