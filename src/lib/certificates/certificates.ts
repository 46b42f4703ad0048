/**
 * Certificates (结业证书): issued by exactly one function, `issueCertificate`, which the course
 * completion path calls inside its transaction when a learner meets a course's requirements. The
 * public id is 128 random bits in base64url (22 characters), the only key `/verify/<id>` accepts.
 * Revocation is one-way and audit-logged; nothing clears `revokedAt`.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { certificates, type Certificate } from '../db/schema-certificates.ts';
import { writeAudit } from '../auth/accounts.ts';
import type { Role } from '../db/schema-auth.ts';
import { defaultCatalogue, type ProfileCatalogue } from '../progress/catalogue.ts';
import { learnerProfiles, type SkillLevel } from '../progress/profile.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type CertificateErrorCode = 'CERTIFICATE_NOT_FOUND' | 'CERTIFICATE_FORBIDDEN' | 'CERTIFICATE_ALREADY_REVOKED' | 'CERTIFICATE_REASON_REQUIRED';

export class CertificateError extends Error {
  readonly code: CertificateErrorCode;
  constructor(code: CertificateErrorCode) {
    super(code);
    this.name = 'CertificateError';
    this.code = code;
  }
}

/** 16 random bytes as base64url: 22 characters of [A-Za-z0-9_-]. */
export function newCertificateId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return encodeBase64urlNoPadding(bytes);
}

export const CERTIFICATE_ID = /^[A-Za-z0-9_-]{22}$/;

export interface PublicCertificate {
  id: string;
  holderName: string;
  courseId: string;
  institutionId: string;
  issuedAt: Date;
  skills: SkillLevel[];
  revoked: { at: Date; reason: string } | null;
}

function toPublic(row: Certificate): PublicCertificate {
  return {
    id: row.id,
    holderName: row.holderName,
    courseId: row.courseId,
    institutionId: row.institutionId,
    issuedAt: row.issuedAt,
    skills: JSON.parse(row.skills) as SkillLevel[],
    revoked: row.revokedAt ? { at: row.revokedAt, reason: row.revokedReason ?? '' } : null,
  };
}

/**
 * Issues the learner's certificate for a course whose requirements they met (the caller decided
 * that); a second call returns the existing one. Records the skill levels of the course's skills.
 */
export async function issueCertificate(
  tx: Tx | Db,
  input: { userId: string; courseId: string; catalogue?: ProfileCatalogue | undefined },
  now = new Date(),
): Promise<{ certificateId: string; issued: boolean }> {
  const existing = await tx.select({ id: certificates.id }).from(certificates).where(and(eq(certificates.userId, input.userId), eq(certificates.courseId, input.courseId))).limit(1);
  if (existing[0]) return { certificateId: existing[0].id, issued: false };
  const catalogue = input.catalogue ?? defaultCatalogue();
  const course = catalogue.course.get(input.courseId);
  const holder = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (!course || !holder[0]) throw new CertificateError('CERTIFICATE_NOT_FOUND');
  const courseSkills = new Set(course.lessons.flatMap((l) => l.skills));
  const profile = (await learnerProfiles(tx as Db, [input.userId], catalogue)).get(input.userId);
  const skills = (profile?.skills ?? []).filter((s) => courseSkills.has(s.skill));
  const id = newCertificateId();
  await tx.insert(certificates).values({ id, userId: input.userId, courseId: course.id, institutionId: course.partner, holderName: holder[0].name, skills: JSON.stringify(skills), issuedAt: now });
  await writeAudit(tx, { actorId: null, action: 'certificate.issue', target: id, detail: { userId: input.userId, courseId: course.id }, at: now });
  return { certificateId: id, issued: true };
}

/** The public view of a certificate, or undefined for an unknown (or malformed) id. */
export async function findCertificate(db: Db, id: string): Promise<PublicCertificate | undefined> {
  if (!CERTIFICATE_ID.test(id)) return undefined;
  const row = (await db.select().from(certificates).where(eq(certificates.id, id)).limit(1))[0];
  return row ? toPublic(row) : undefined;
}

export async function listCertificates(db: Db, userId: string): Promise<PublicCertificate[]> {
  return (await db.select().from(certificates).where(eq(certificates.userId, userId)).orderBy(desc(certificates.issuedAt))).map(toPublic);
}

export interface Revoker {
  id: string;
  role: Role;
  institutionId: string | null;
}

/** Admins, and instructors of the issuing institution, may revoke. */
export function canRevoke(actor: Revoker, certificate: Pick<PublicCertificate, 'institutionId'>): boolean {
  return actor.role === 'admin' || (actor.role === 'instructor' && actor.institutionId !== null && actor.institutionId === certificate.institutionId);
}

/** Revokes once, with a reason; audit-logged with the actor and time. A revoked certificate stays revoked. */
export async function revokeCertificate(db: Db, input: { certificateId: string; actor: Revoker; reason: string }, now = new Date()): Promise<void> {
  const reason = input.reason.trim();
  if (reason.length < 4) throw new CertificateError('CERTIFICATE_REASON_REQUIRED');
  await db.transaction(async (tx) => {
    const row = (await tx.select().from(certificates).where(eq(certificates.id, input.certificateId)).limit(1))[0];
    if (!row) throw new CertificateError('CERTIFICATE_NOT_FOUND');
    if (!canRevoke(input.actor, row)) throw new CertificateError('CERTIFICATE_FORBIDDEN');
    if (row.revokedAt) throw new CertificateError('CERTIFICATE_ALREADY_REVOKED');
    const done = await tx
      .update(certificates)
      .set({ revokedAt: now, revokedBy: input.actor.id, revokedReason: reason })
      .where(and(eq(certificates.id, row.id), isNull(certificates.revokedAt)))
      .returning({ id: certificates.id });
    if (done.length === 0) throw new CertificateError('CERTIFICATE_ALREADY_REVOKED');
    await writeAudit(tx, { actorId: input.actor.id, action: 'certificate.revoke', target: row.id, detail: { reason }, at: now });
  });
}
