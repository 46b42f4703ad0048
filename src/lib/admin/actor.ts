/**
 * The acting administrator, checked again inside the use case: the page and
 * action already asked the permission table, and the domain asks it too (from
 * the account as stored now), so a caller that skipped the edge writes nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users, type User } from '../db/schema-auth.ts';
import { can, type Permission } from '../auth/permissions.ts';
import { AdminError } from './errors.ts';

type Reader = Pick<Db, 'select'>;

export async function requireActor(db: Reader, actorId: string, permission: Permission): Promise<User> {
  const actor = (await db.select().from(users).where(eq(users.id, actorId)).limit(1))[0];
  if (!actor || !can(actor, permission)) throw new AdminError('FORBIDDEN');
  return actor;
}
