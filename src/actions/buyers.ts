/** Buyer-message actions: the learner answers a buyer message of their own store (graded by the rubric). */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { answerBuyerMessage, MAX_REPLY_CHARS } from '#lib/buyer-messages/operations.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

export const buyers = {
  answer: defineAction({
    accept: 'form',
    input: z.object({
      messageId: z.string().trim().min(1).max(64),
      reply: z.string().trim().min(1, 'buyers.err.reply').max(MAX_REPLY_CHARS, 'buyers.err.reply'),
    }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const g = await domainCall(locale, async () => answerBuyerMessage(await getDb(), { userId: user.id, messageId: input.messageId, reply: input.reply }));
      return { messageId: input.messageId, score: g.score, passed: g.passed };
    },
  }),
};
