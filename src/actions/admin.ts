/** The zone office's acts: enterprises, invite codes, accounts, partner institutions. */
import { defineAction } from 'astro:actions';
import { issueInviteCode, reviewEnterprise, unlockAccount } from '#lib/auth/accounts.ts';
import { revokeInvite } from '#lib/admin/invites.ts';
import { setAccountDisabled } from '#lib/admin/users.ts';
import { addInstitution, updateInstitution } from '#lib/admin/institutions.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';
import { issueInviteInput, partnerInput, reviewEnterpriseInput, revokeInviteInput, setAccountStatusInput, unlockAccountInput } from './inputs.ts';

export const admin = {
  reviewEnterprise: defineAction({
    accept: 'form',
    input: reviewEnterpriseInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:approve-enterprises', 'nav.signin');
      const ent = await domainCall(locale, async () => reviewEnterprise(await getDb(), { adminId: user.id, enterpriseId: input.enterpriseId, decision: input.decision, note: input.note }));
      return { name: ent.name, status: ent.status };
    },
  }),

  issueInvite: defineAction({
    accept: 'form',
    input: issueInviteInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:issue-invites', 'nav.signin');
      const invite = await domainCall(locale, async () => issueInviteCode(await getDb(), { adminId: user.id, role: input.role, institutionId: input.institutionId, department: input.department }));
      return { code: invite.code };
    },
  }),

  revokeInvite: defineAction({
    accept: 'form',
    input: revokeInviteInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:issue-invites', 'nav.signin');
      const invite = await domainCall(locale, async () => revokeInvite(await getDb(), { actorId: user.id, code: input.code }));
      return { code: invite.code };
    },
  }),

  unlockAccount: defineAction({
    accept: 'form',
    input: unlockAccountInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:manage-users', 'nav.signin');
      const lifted = await domainCall(locale, async () => unlockAccount(await getDb(), { adminId: user.id, email: input.email }));
      return { email: input.email, lifted };
    },
  }),

  setAccountStatus: defineAction({
    accept: 'form',
    input: setAccountStatusInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:manage-users', 'nav.signin');
      const done = await domainCall(locale, async () => setAccountDisabled(await getDb(), { actorId: user.id, userId: input.userId, disabled: input.decision === 'disable' }));
      return { name: done.user.displayName, status: done.user.status, revokedSessions: done.revokedSessions };
    },
  }),

  addPartner: defineAction({
    accept: 'form',
    input: partnerInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:manage-partners', 'nav.signin');
      const row = await domainCall(locale, async () => addInstitution(await getDb(), { actorId: user.id, ...input, active: input.active === 'on' }));
      return { id: row.id, nameZh: row.nameZh, nameEn: row.nameEn };
    },
  }),

  updatePartner: defineAction({
    accept: 'form',
    input: partnerInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'admin:manage-partners', 'nav.signin');
      const row = await domainCall(locale, async () => updateInstitution(await getDb(), { actorId: user.id, ...input, active: input.active === 'on' }));
      return { id: row.id, nameZh: row.nameZh, nameEn: row.nameEn };
    },
  }),
};
