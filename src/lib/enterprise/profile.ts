/**
 * The enterprise's own profile: the sign-up fields (name, credit code, contact)
 * on `enterprises`, the rest on `enterprise_profiles`. Only the owner edits it;
 * every edit is audit-logged. Approval stays with the admin (`reviewEnterprise`).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enterprises, type Enterprise } from '../db/schema-org.ts';
import { enterpriseProfiles, type EnterpriseProfile, type EnterpriseSize } from '../db/schema-orders.ts';
import { writeAudit } from '../auth/accounts.ts';
import { OrdersError } from '../training-orders/errors.ts';
import type { ParkId } from './parks.ts';

export interface EnterpriseView {
  enterprise: Enterprise;
  profile: EnterpriseProfile | null;
}

export async function getEnterpriseView(db: Db, userId: string): Promise<EnterpriseView | null> {
  const row = (await db.select({ e: enterprises, p: enterpriseProfiles }).from(enterprises).leftJoin(enterpriseProfiles, eq(enterpriseProfiles.enterpriseId, enterprises.id)).where(eq(enterprises.userId, userId)).limit(1))[0];
  return row ? { enterprise: row.e, profile: row.p } : null;
}

/** The enterprise of a user, which must be approved to post orders. */
export async function requireApprovedEnterprise(db: Db, userId: string): Promise<Enterprise> {
  const ent = (await db.select().from(enterprises).where(eq(enterprises.userId, userId)).limit(1))[0];
  if (!ent) throw new OrdersError('FORBIDDEN');
  if (ent.status !== 'approved') throw new OrdersError('NOT_APPROVED');
  return ent;
}

export interface ProfileInput {
  name: string;
  creditCode: string;
  industry: string;
  size: EnterpriseSize;
  contactName: string;
  contactPhone?: string | undefined;
  contactEmail?: string | undefined;
  description: string;
  park: ParkId;
}

export async function updateEnterpriseProfile(db: Db, input: { userId: string; profile: ProfileInput }, now = new Date()): Promise<EnterpriseView> {
  const p = input.profile;
  return db.transaction(async (tx) => {
    const ent = (await tx.select().from(enterprises).where(eq(enterprises.userId, input.userId)).limit(1))[0];
    if (!ent) throw new OrdersError('FORBIDDEN');
    const [updated] = await tx
      .update(enterprises)
      .set({ name: p.name, creditCode: p.creditCode.trim().toUpperCase(), contactName: p.contactName, contactPhone: p.contactPhone ?? null })
      .where(eq(enterprises.id, ent.id))
      .returning();
    const values = { industry: p.industry, size: p.size, contactEmail: p.contactEmail ?? null, description: p.description, park: p.park, updatedAt: now };
    const [profile] = await tx
      .insert(enterpriseProfiles)
      .values({ enterpriseId: ent.id, ...values })
      .onConflictDoUpdate({ target: enterpriseProfiles.enterpriseId, set: values })
      .returning();
    await writeAudit(tx, { actorId: input.userId, action: 'enterprise.profile-updated', target: ent.id, detail: { park: p.park, industry: p.industry, size: p.size }, at: now });
    return { enterprise: updated ?? ent, profile: profile ?? null };
  });
}
