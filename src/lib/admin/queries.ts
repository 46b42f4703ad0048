/** Read models for the administration and role home pages. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users, type User } from '../db/schema-auth.ts';
import { enterprises, type Enterprise } from '../db/schema-org.ts';

export async function listPendingEnterprises(db: Db): Promise<(Enterprise & { email: string })[]> {
  const rows = await db
    .select({ ent: enterprises, email: users.email })
    .from(enterprises)
    .innerJoin(users, eq(users.id, enterprises.userId))
    .where(eq(enterprises.status, 'pending'))
    .orderBy(enterprises.createdAt);
  return rows.map((r) => ({ ...r.ent, email: r.email }));
}

export async function getEnterpriseOfUser(db: Db, userId: string): Promise<Enterprise | undefined> {
  return (await db.select().from(enterprises).where(eq(enterprises.userId, userId)).limit(1))[0];
}

export interface AccountForAdmin {
  id: string;
  displayName: string;
  email: string;
  role: User['role'];
  status: User['status'];
  institutionId: string | null;
  department: string | null;
  createdAt: Date;
  enterprise: Pick<Enterprise, 'id' | 'name' | 'creditCode' | 'status'> | null;
}

/** One account as an administrator sees it, with its enterprise if it has one. */
export async function getAccountForAdmin(db: Db, id: string): Promise<AccountForAdmin | undefined> {
  const row = (
    await db
      .select({ user: users, ent: { id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, status: enterprises.status } })
      .from(users)
      .leftJoin(enterprises, eq(enterprises.userId, users.id))
      .where(eq(users.id, id))
      .limit(1)
  )[0];
  if (!row) return undefined;
  const u = row.user;
  return { id: u.id, displayName: u.displayName, email: u.email, role: u.role, status: u.status, institutionId: u.institutionId, department: u.department, createdAt: u.createdAt, enterprise: row.ent };
}
