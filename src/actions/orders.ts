/** Order handling actions (split, cancel, general trade): zod input → one domain call → result or a localized ActionError. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { t, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { cancelOrder, moveToGeneralTrade, OrderActionError, splitOrder, type OrderActionErrorCode } from '#lib/workbench/order-actions.ts';
import { WorkbenchError } from '#lib/workbench/errors.ts';
import { getDb } from '#server/db.ts';
import { requirePermission } from '#server/action-errors.ts';

const STATUS: Record<OrderActionErrorCode, ActionError['code']> = { NOT_OPEN: 'CONFLICT', NOT_OVER_LIMIT: 'BAD_REQUEST', CANNOT_SPLIT: 'BAD_REQUEST', NOT_IMPORT: 'BAD_REQUEST', REASON: 'BAD_REQUEST' };

async function domain<T>(locale: Locale, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof OrderActionError) throw new ActionError({ code: STATUS[e.code], message: t(locale, `orderActions.err.${e.code}` as MessageKey) });
    if (e instanceof WorkbenchError) throw new ActionError({ code: e.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_REQUEST', message: t(locale, `workbench.err.${e.code}` as MessageKey) });
    throw e;
  }
}

const orderId = z.string().trim().min(1).max(64);

export const orders = {
  split: defineAction({
    accept: 'form',
    input: z.object({ orderId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domain(locale, async () => splitOrder(await getDb(), { userId: user.id, orderId: input.orderId }));
      return { action: 'split' as const, orderNos: r.orderNos };
    },
  }),
  cancel: defineAction({
    accept: 'form',
    input: z.object({ orderId, reason: z.string().trim().min(1, 'orderActions.err.REASON').max(500, 'orderActions.err.REASON') }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      await domain(locale, async () => cancelOrder(await getDb(), { userId: user.id, orderId: input.orderId, reason: input.reason }));
      return { action: 'cancel' as const, orderNos: [] as string[] };
    },
  }),
  generalTrade: defineAction({
    accept: 'form',
    input: z.object({ orderId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      await domain(locale, async () => moveToGeneralTrade(await getDb(), { userId: user.id, orderId: input.orderId }));
      return { action: 'general-trade' as const, orderNos: [] as string[] };
    },
  }),
};
