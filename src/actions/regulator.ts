/** Regulator desk actions: one decision on several held declarations (each decided and logged on its own). */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { decideMany } from '#lib/workbench/regulator-desk.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

export const regulator = {
  decideMany: defineAction({
    accept: 'form',
    input: z.object({
      declarationIds: z.array(z.string().trim().min(1).max(64)).min(1, 'regDesk.err.none').max(100, 'regDesk.err.none'),
      decision: z.enum(['release', 'reject']),
      note: z.string().trim().max(500, 'workbench.err.INVALID').optional(),
    }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'regulator:review', 'workbench.err.signin');
      return domainCall(locale, async () => decideMany(await getDb(), { declarationIds: input.declarationIds, actorId: user.id, decision: input.decision, note: input.note }));
    },
  }),
};
