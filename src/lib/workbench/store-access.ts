/**
 * Who may work in a sandbox store: the learner who owns it, and every member of the incubation team
 * (双创孵化) whose store it is, since a team shares one store. This is the one rule behind "own store"
 * and "own order" in src/lib/auth/permissions.ts: every query that opens a store, a product, an
 * order or a buyer message for a user puts `workableBy(userId)` in its WHERE clause. Membership is
 * read at each request, so a member who leaves the team loses access at once. Each action still
 * records the member who did it (src/lib/workbench/store-activity.ts reads them back).
 */
import { and, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import { teamMembers, teams } from '../db/schema-incubation.ts';
import { stores, type Store } from '../db/schema-sandbox.ts';
import { WorkbenchError } from './errors.ts';

const qb = new QueryBuilder();

/** The condition on `sandbox_stores`: the user owns the store, or belongs to the team whose store it is. */
export function workableBy(userId: string): SQL {
  const member = qb
    .select({ one: sql`1` })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teams.storeId, stores.id), eq(teamMembers.userId, userId)));
  return or(eq(stores.ownerId, userId), exists(member)) as SQL;
}

/** Whether the user may work in the store (false for a store that does not exist). */
export async function canWorkInStore(db: Db, input: { storeId: string; userId: string }): Promise<boolean> {
  const rows = await db.select({ id: stores.id }).from(stores).where(and(eq(stores.id, input.storeId), workableBy(input.userId))).limit(1);
  return rows.length > 0;
}

/** The store when the user may work in it; NOT_FOUND otherwise (no hint that it exists). */
export async function getWorkableStore(db: Db, storeId: string, userId: string): Promise<Store> {
  const [row] = await db.select().from(stores).where(and(eq(stores.id, storeId), workableBy(userId)));
  if (!row) throw new WorkbenchError('NOT_FOUND');
  return row;
}
