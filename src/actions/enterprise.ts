/** The enterprise's acts on its profile and its training orders (thin: input → one domain call). */
import { defineAction } from 'astro:actions';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';
import { updateEnterpriseProfile } from '#lib/enterprise/profile.ts';
import { orderFormInput } from '#lib/training-orders/input.ts';
import { createOrder, orderCatalogue, transitionOrder, updateOrder } from '#lib/training-orders/orders.ts';
import { answerRetention, offerByHand, recordPlacement, runMatching, setShortlisted } from '#lib/training-orders/flow.ts';
import { applicationIdInput, orderIdInput, placementInput, profileInput, retentionInput, shortlistInput, transitionInput } from './inputs.ts';

export const enterprise = {
  updateProfile: defineAction({
    accept: 'form',
    input: profileInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:home', 'nav.signin');
      await domainCall(locale, async () => updateEnterpriseProfile(await getDb(), { userId: user.id, profile: { ...input, description: input.description ?? '', contactEmail: input.contactEmail || undefined } }));
      return { ok: true };
    },
  }),

  createOrder: defineAction({
    accept: 'form',
    input: orderFormInput(),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      const order = await domainCall(locale, async () => createOrder(await getDb(), { userId: user.id, order: input, catalogue: orderCatalogue() }));
      return { id: order.id };
    },
  }),

  updateOrder: defineAction({
    accept: 'form',
    input: orderFormInput(),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      const order = await domainCall(locale, async () => updateOrder(await getDb(), { userId: user.id, orderId: input.orderId ?? '', order: input, catalogue: orderCatalogue() }));
      return { id: order.id };
    },
  }),

  transition: defineAction({
    accept: 'form',
    input: transitionInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      const order = await domainCall(locale, async () => transitionOrder(await getDb(), { userId: user.id, orderId: input.orderId, to: input.to }));
      return { state: order.state };
    },
  }),

  runMatching: defineAction({
    accept: 'form',
    input: orderIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      const run = await domainCall(locale, async () => runMatching(await getDb(), { userId: user.id, orderId: input.orderId }));
      return { offered: run.offered.length };
    },
  }),

  offer: defineAction({
    accept: 'form',
    input: applicationIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      await domainCall(locale, async () => offerByHand(await getDb(), { userId: user.id, applicationId: input.applicationId }));
      return { ok: true };
    },
  }),

  shortlist: defineAction({
    accept: 'form',
    input: shortlistInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      await domainCall(locale, async () => setShortlisted(await getDb(), { userId: user.id, applicationId: input.applicationId, shortlisted: input.shortlisted === '1' }));
      return { ok: true };
    },
  }),

  placement: defineAction({
    accept: 'form',
    input: placementInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      const placement = {
        hired: input.hired === '1',
        placedOn: input.placedOn ? new Date(`${input.placedOn}T00:00:00+08:00`) : undefined,
        role: input.role,
        salaryBandMinFen: input.salaryMin,
        salaryBandMaxFen: input.salaryMax,
        feedback: input.feedback ?? '',
      };
      await domainCall(locale, async () => recordPlacement(await getDb(), { userId: user.id, applicationId: input.applicationId, placement }));
      return { ok: true };
    },
  }),

  retention: defineAction({
    accept: 'form',
    input: retentionInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      await domainCall(locale, async () => answerRetention(await getDb(), { userId: user.id, applicationId: input.applicationId, months: input.months, stillEmployed: input.stillEmployed === '1' }));
      return { ok: true };
    },
  }),
};
