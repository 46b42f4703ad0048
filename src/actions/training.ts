/** The learner's acts on training orders: apply, rank, withdraw, answer offers, visibility (thin: input → one domain call). */
import { defineAction } from 'astro:actions';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';
import { applyToOrder, moveApplication, respondToOffer, setVisibility, withdrawApplication } from '#lib/training-orders/applications.ts';
import { applicationIdInput, applyInput, moveInput, respondInput, visibilityInput } from './inputs.ts';

export const training = {
  apply: defineAction({
    accept: 'form',
    input: applyInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      const app = await domainCall(locale, async () => applyToOrder(await getDb(), { learnerId: user.id, orderId: input.orderId, statement: input.statement }));
      return { id: app.id };
    },
  }),

  withdraw: defineAction({
    accept: 'form',
    input: applicationIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      await domainCall(locale, async () => withdrawApplication(await getDb(), { learnerId: user.id, applicationId: input.applicationId }));
      return { ok: true };
    },
  }),

  move: defineAction({
    accept: 'form',
    input: moveInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      await domainCall(locale, async () => moveApplication(await getDb(), { learnerId: user.id, applicationId: input.applicationId, direction: input.direction }));
      return { ok: true };
    },
  }),

  respond: defineAction({
    accept: 'form',
    input: respondInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      const app = await domainCall(locale, async () => respondToOffer(await getDb(), { learnerId: user.id, applicationId: input.applicationId, accept: input.answer === 'accept' }));
      return { status: app.status };
    },
  }),

  visibility: defineAction({
    accept: 'form',
    input: visibilityInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'orders:apply', 'nav.signin');
      await domainCall(locale, async () => setVisibility(await getDb(), { userId: user.id, visible: input.visible === '1', park: input.park ?? null }));
      return { ok: true };
    },
  }),
};
