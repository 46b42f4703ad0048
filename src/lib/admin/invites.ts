/**
 * Invite codes as the zone office manages them: each code's status (unused,
 * used, revoked, expired) and revoking an unused one. Issuing is in
 * ../auth/accounts.ts beside the sign-up that spends a code.
 */
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { inviteCodes, type InviteCode } from '../db/schema-org.ts';
import { writeAudit } from '../auth/accounts.ts';
import { requireActor } from './actor.ts';
import { AdminError } from './errors.ts';

export const INVITE_STATUSES = ['unused', 'used', 'revoked', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** Revoked wins over everything (an admin's act), then used, then expired. */
export function inviteStatus(invite: Pick<InviteCode, 'usedAt' | 'usedBy' | 'revokedAt' | 'expiresAt'>, now = new Date()): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.usedAt || invite.usedBy) return 'used';
  if (invite.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'unused';
}

export interface InviteRow extends InviteCode {
  status: InviteStatus;
  /** The account the code created, by name (null when none: unused, or spent by a sign-up that created nothing). */
  usedByName: string | null;
  createdByName: string | null;
}

/** The latest codes, newest first, each with its status and the names of who issued and who used it. */
export async function listInvites(db: Db, options: { limit?: number; now?: Date } = {}): Promise<InviteRow[]> {
  const now = options.now ?? new Date();
  const usedByUser = sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${inviteCodes.usedBy})`;
  const rows = await db
    .select({ invite: inviteCodes, createdByName: users.displayName, usedByName: usedByUser })
    .from(inviteCodes)
    .leftJoin(users, eq(users.id, inviteCodes.createdBy))
    .orderBy(desc(inviteCodes.createdAt), desc(inviteCodes.code))
    .limit(options.limit ?? 30);
  return rows.map((r) => ({ ...r.invite, status: inviteStatus(r.invite, now), usedByName: r.usedByName, createdByName: r.createdByName }));
}

/**
 * An admin withdraws an unused, unexpired code: it is refused at sign-up from
 * then on (INVITE_REVOKED). A used, expired or already revoked code is left as it is.
 */
export async function revokeInvite(db: Db, input: { actorId: string; code: string }, now = new Date()): Promise<InviteCode> {
  const code = input.code.trim().toUpperCase();
  return db.transaction(async (tx) => {
    await requireActor(tx, input.actorId, 'admin:issue-invites');
    const [row] = await tx
      .update(inviteCodes)
      .set({ revokedAt: now, revokedBy: input.actorId })
      .where(and(eq(inviteCodes.code, code), isNull(inviteCodes.usedAt), isNull(inviteCodes.usedBy), isNull(inviteCodes.revokedAt), gt(inviteCodes.expiresAt, now)))
      .returning();
    if (!row) {
      const exists = (await tx.select({ code: inviteCodes.code }).from(inviteCodes).where(eq(inviteCodes.code, code)).limit(1)).length > 0;
      throw new AdminError(exists ? 'INVITE_NOT_REVOCABLE' : 'NOT_FOUND');
    }
    await writeAudit(tx, { actorId: input.actorId, action: 'invite.revoke', target: code, detail: { role: row.role }, at: now });
    return row;
  });
}
