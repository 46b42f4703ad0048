/** Certificate acts: revoke (admins, instructors of the issuing institution). */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { CertificateError, revokeCertificate, type CertificateErrorCode } from '#lib/certificates/certificates.ts';
import { t, type MessageKey } from '#i18n/index.ts';
import { getDb } from '#server/db.ts';
import { requirePermission } from '#server/action-errors.ts';

const MESSAGES: Record<CertificateErrorCode, { key: MessageKey; code: ActionError['code'] }> = {
  CERTIFICATE_NOT_FOUND: { key: 'cert.err.notFound', code: 'NOT_FOUND' },
  CERTIFICATE_FORBIDDEN: { key: 'cert.err.forbidden', code: 'FORBIDDEN' },
  CERTIFICATE_ALREADY_REVOKED: { key: 'cert.err.alreadyRevoked', code: 'CONFLICT' },
  CERTIFICATE_REASON_REQUIRED: { key: 'cert.err.reason', code: 'BAD_REQUEST' },
};

export const certificates = {
  revoke: defineAction({
    accept: 'form',
    input: z.object({ certificateId: z.string().regex(/^[A-Za-z0-9_-]{22}$/), reason: z.string().max(500, 'cert.err.reason') }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'certificate:revoke', 'nav.signin');
      try {
        await revokeCertificate(await getDb(), { certificateId: input.certificateId, actor: { id: user.id, role: user.role, institutionId: user.institutionId }, reason: input.reason });
        return { certificateId: input.certificateId };
      } catch (e) {
        if (e instanceof CertificateError) throw new ActionError({ code: MESSAGES[e.code].code, message: t(locale, MESSAGES[e.code].key) });
        throw e;
      }
    },
  }),
};
