/**
 * Certificates (结业证书) and the platform's credential signing keys. A certificate is issued once
 * per learner and course by `src/lib/certificates/certificates.ts`; its public id is the only
 * handle outsiders have, so it is random (128 bits, base64url) rather than derived from anything.
 * Revocation is one-way: `revokedAt` is set once, with who and why, and never cleared.
 */
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

export const certificates = sqliteTable(
  'certificates',
  {
    /** Public, unguessable id (22 URL-safe characters) used in `/verify/<id>`. */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: text('course_id').notNull(),
    /** The partner institution that teaches the course (content/partners id). */
    institutionId: text('institution_id').notNull(),
    /** The holder's name as it was when the certificate was issued. */
    holderName: text('holder_name').notNull(),
    /** JSON: the skill evidence at issue, `SkillLevel[]` for the course's skills. */
    skills: text('skills').notNull(),
    issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedBy: text('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    uniqueIndex('certificates_user_course_idx').on(t.userId, t.courseId),
    index('certificates_course_idx').on(t.courseId, t.issuedAt),
    index('certificates_institution_idx').on(t.institutionId, t.issuedAt),
    index('certificates_issued_idx').on(t.issuedAt),
  ],
);

/** Ed25519 keys that sign the Open Badges credentials; retired keys stay published for old credentials. */
export const credentialKeys = sqliteTable('credential_keys', {
  /** JWK thumbprint (RFC 7638), named by the JWS header's `kid`. */
  kid: text('kid').primaryKey(),
  /** JSON: the public JWK. */
  publicJwk: text('public_jwk').notNull(),
  /** JSON: the private JWK. */
  privateJwk: text('private_jwk').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  /** Set when a newer key took over signing. */
  retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
});

export type Certificate = typeof certificates.$inferSelect;
