/** Order handling actions (split, cancel, general trade): zod input → one domain call → a plain result. */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { cancelOrder, moveToGeneralTrade, splitOrder } from '#lib/workbench/order-actions.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

const orderId = z.string().trim().min(1).max(64);

export const orders = {
  split: defineAction({
    accept: 'form',
    input: z.object({ orderId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domainCall(locale, async () => splitOrder(await getDb(), { userId: user.id, orderId: input.orderId }));
      return { action: 'split' as const, orderNos: r.orderNos };
    },
  }),
  cancel: defineAction({
    accept: 'form',
    input: z.object({ orderId, reason: z.string().trim().min(1, 'orderActions.err.REASON').max(500, 'orderActions.err.REASON') }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      await domainCall(locale, async () => cancelOrder(await getDb(), { userId: user.id, orderId: input.orderId, reason: input.reason }));
      return { action: 'cancel' as const, orderNos: [] as string[] };
    },
  }),
  generalTrade: defineAction({
    accept: 'form',
    input: z.object({ orderId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      await domainCall(locale, async () => moveToGeneralTrade(await getDb(), { userId: user.id, orderId: input.orderId }));
      return { action: 'general-trade' as const, orderNos: [] as string[] };
    },
  }),
};
