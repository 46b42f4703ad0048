/** The learner's acts on training orders: apply, rank, withdraw, answer offers, visibility. */
import { defineAction } from 'astro:actions';
import { getDb } from '#server/db.ts';
import { requirePermission } from '#server/action-errors.ts';
import { applyToOrder, moveApplication, respondToOffer, setVisibility, withdrawApplication } from '#lib/training-orders/applications.ts';
import { ordersActionError } from './orders-errors.ts';
import { applicationIdInput, applyInput, moveInput, respondInput, visibilityInput } from './orders-inputs.ts';

export const training = {
  apply: defineAction({
    accept: 'form',
    input: applyInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      try {
        const app = await applyToOrder(await getDb(), { learnerId: user.id, orderId: input.orderId, statement: input.statement });
        return { id: app.id };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  withdraw: defineAction({
    accept: 'form',
    input: applicationIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      try {
        await withdrawApplication(await getDb(), { learnerId: user.id, applicationId: input.applicationId });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  move: defineAction({
    accept: 'form',
    input: moveInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      try {
        await moveApplication(await getDb(), { learnerId: user.id, applicationId: input.applicationId, direction: input.direction });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  respond: defineAction({
    accept: 'form',
    input: respondInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      try {
        const app = await respondToOffer(await getDb(), { learnerId: user.id, applicationId: input.applicationId, accept: input.answer === 'accept' });
        return { status: app.status };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  visibility: defineAction({
    accept: 'form',
    input: visibilityInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      try {
        await setVisibility(await getDb(), { userId: user.id, visible: input.visible === '1', park: input.park ?? null });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),
};
