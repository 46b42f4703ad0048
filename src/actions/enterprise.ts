/** The enterprise's acts on its profile and its training orders (thin: input → one domain call). */
import { defineAction } from 'astro:actions';
import { getDb } from '#server/db.ts';
import { requirePermission } from '#server/action-errors.ts';
import { updateEnterpriseProfile } from '#lib/enterprise/profile.ts';
import { orderFormInput } from '#lib/training-orders/input.ts';
import { createOrder, transitionOrder } from '#lib/training-orders/orders.ts';
import { answerRetention, offerByHand, recordPlacement, runMatching, setShortlisted } from '#lib/training-orders/flow.ts';
import { defaultCatalogue } from '#lib/progress/catalogue.ts';
import { ordersActionError } from './orders-errors.ts';
import { applicationIdInput, orderIdInput, placementInput, profileInput, retentionInput, shortlistInput, transitionInput } from './orders-inputs.ts';

function catalogue() {
  const c = defaultCatalogue();
  return { courses: new Set(c.courses.map((x) => x.id)), scenarios: new Set(c.scenarioLesson.keys()) };
}

export const enterprise = {
  updateProfile: defineAction({
    accept: 'form',
    input: profileInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:home', 'nav.signin');
      try {
        await updateEnterpriseProfile(await getDb(), { userId: user.id, profile: { ...input, description: input.description ?? '', contactEmail: input.contactEmail || undefined } });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  createOrder: defineAction({
    accept: 'form',
    input: orderFormInput(),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        const order = await createOrder(await getDb(), { userId: user.id, order: input, catalogue: catalogue() });
        return { id: order.id };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  transition: defineAction({
    accept: 'form',
    input: transitionInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        const order = await transitionOrder(await getDb(), { userId: user.id, orderId: input.orderId, to: input.to });
        return { state: order.state };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  runMatching: defineAction({
    accept: 'form',
    input: orderIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        const run = await runMatching(await getDb(), { userId: user.id, orderId: input.orderId });
        return { offered: run.offered.length };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  offer: defineAction({
    accept: 'form',
    input: applicationIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        await offerByHand(await getDb(), { userId: user.id, applicationId: input.applicationId });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  shortlist: defineAction({
    accept: 'form',
    input: shortlistInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        await setShortlisted(await getDb(), { userId: user.id, applicationId: input.applicationId, shortlisted: input.shortlisted === '1' });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  placement: defineAction({
    accept: 'form',
    input: placementInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        await recordPlacement(await getDb(), {
          userId: user.id,
          applicationId: input.applicationId,
          placement: {
            hired: input.hired === '1',
            placedOn: input.placedOn ? new Date(`${input.placedOn}T00:00:00+08:00`) : undefined,
            role: input.role,
            salaryBandMinFen: input.salaryMin,
            salaryBandMaxFen: input.salaryMax,
            feedback: input.feedback ?? '',
          },
        });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),

  retention: defineAction({
    accept: 'form',
    input: retentionInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'enterprise:manage-orders', 'nav.signin');
      try {
        await answerRetention(await getDb(), { userId: user.id, applicationId: input.applicationId, months: input.months, stillEmployed: input.stillEmployed === '1' });
        return { ok: true };
      } catch (e) {
        ordersActionError(e, locale);
      }
    },
  }),
};
