/**
 * Partner institutions' operational record (ADR 0021): the database row holds
 * the names, kind, the zone office's contact at the institution and whether
 * it is active (offered for new instructor invites); the public profile stays
 * content in content/partners. Adding and editing are logged.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { institutions, type Institution } from '../db/schema-org.ts';
import { writeAudit } from '../auth/accounts.ts';
import { requireActor } from './actor.ts';
import { AdminError } from './errors.ts';

export const INSTITUTION_KINDS = ['university', 'college', 'vocational'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface PartnerFields {
  nameZh: string;
  nameEn: string;
  kind: InstitutionKind;
  contactName?: string | undefined;
  contactEmail?: string | undefined;
  contactPhone?: string | undefined;
  active: boolean;
}

const clean = (v: string | undefined): string | null => (v?.trim() ? v.trim() : null);

function values(f: PartnerFields) {
  return { nameZh: f.nameZh.trim(), nameEn: f.nameEn.trim(), kind: f.kind, contactName: clean(f.contactName), contactEmail: clean(f.contactEmail)?.toLowerCase() ?? null, contactPhone: clean(f.contactPhone), active: f.active };
}

/** Partner institutions, active first, then by id. */
export async function listInstitutions(db: Db): Promise<Institution[]> {
  const rows = await db.select().from(institutions).where(eq(institutions.isPartner, true)).orderBy(asc(institutions.id));
  return rows.sort((a, b) => Number(b.active) - Number(a.active));
}

/** Active partner institutions: what a new instructor invite may name. */
export async function listActiveInstitutions(db: Db): Promise<Institution[]> {
  return (await listInstitutions(db)).filter((i) => i.active);
}

export async function addInstitution(db: Db, input: PartnerFields & { actorId: string; id: string }, now = new Date()): Promise<Institution> {
  const id = input.id.trim().toLowerCase();
  return db.transaction(async (tx) => {
    await requireActor(tx, input.actorId, 'admin:manage-partners');
    const [row] = await tx
      .insert(institutions)
      .values({ id, ...values(input), isPartner: true, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AdminError('PARTNER_EXISTS');
    await writeAudit(tx, { actorId: input.actorId, action: 'partner.add', target: id, at: now });
    return row;
  });
}

export async function updateInstitution(db: Db, input: PartnerFields & { actorId: string; id: string }, now = new Date()): Promise<Institution> {
  return db.transaction(async (tx) => {
    await requireActor(tx, input.actorId, 'admin:manage-partners');
    const before = (await tx.select().from(institutions).where(eq(institutions.id, input.id)).limit(1))[0];
    if (!before) throw new AdminError('NOT_FOUND');
    const next = values(input);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
    const [row] = await tx.update(institutions).set(next).where(eq(institutions.id, before.id)).returning();
    if (!row) throw new AdminError('NOT_FOUND');
    if (changed.length > 0) {
      const action = changed.length === 1 && changed[0] === 'active' ? (next.active ? 'partner.activate' : 'partner.deactivate') : 'partner.update';
      await writeAudit(tx, { actorId: input.actorId, action, target: before.id, detail: { fields: changed }, at: now });
    }
    return row;
  });
}
