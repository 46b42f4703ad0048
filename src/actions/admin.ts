/** The zone office's acts: approve enterprises, issue invite codes. */
import { defineAction } from 'astro:actions';
import { issueInviteCode, reviewEnterprise, unlockAccount } from '#lib/auth/accounts.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';
import { issueInviteInput, reviewEnterpriseInput, unlockAccountInput } from './inputs.ts';

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

  unlockAccount: defineAction({
    accept: 'form',
    input: unlockAccountInput,
    handler: async (input, context) => {
      const { user } = requirePermission(context, 'admin:home', 'nav.signin');
      const lifted = await unlockAccount(await getDb(), { adminId: user.id, email: input.email });
      return { email: input.email, lifted };
    },
  }),
};
