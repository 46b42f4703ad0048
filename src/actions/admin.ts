/** The zone office's acts: approve enterprises, issue invite codes. */
import { defineAction } from 'astro:actions';
import { can } from '../lib/auth/permissions.ts';
import { issueInviteCode, reviewEnterprise } from '../lib/auth/accounts.ts';
import { getDb } from '../server/db.ts';
import { forbidden, localeOfRequest, toActionError } from '../server/action-errors.ts';
import { issueInviteInput, reviewEnterpriseInput } from './inputs.ts';

export const admin = {
  reviewEnterprise: defineAction({
    accept: 'form',
    input: reviewEnterpriseInput,
    handler: async (input, context) => {
      const locale = localeOfRequest(context.url);
      const user = context.locals.user;
      if (!user || !can(user, 'admin:approve-enterprises')) throw forbidden(locale);
      try {
        const ent = await reviewEnterprise(await getDb(), { adminId: user.id, enterpriseId: input.enterpriseId, decision: input.decision, note: input.note });
        return { name: ent.name, status: ent.status };
      } catch (e) {
        toActionError(e, locale);
      }
    },
  }),

  issueInvite: defineAction({
    accept: 'form',
    input: issueInviteInput,
    handler: async (input, context) => {
      const locale = localeOfRequest(context.url);
      const user = context.locals.user;
      if (!user || !can(user, 'admin:issue-invites')) throw forbidden(locale);
      try {
        const invite = await issueInviteCode(await getDb(), { adminId: user.id, role: input.role, institutionId: input.institutionId, department: input.department });
        return { code: invite.code };
      } catch (e) {
        toActionError(e, locale);
      }
    },
  }),
};
