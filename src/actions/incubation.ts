/** Incubation teams: create, join, leave, link the store, publish the showcase, mentor, comment (thin: input → one domain call). */
import { defineAction } from 'astro:actions';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';
import { commentOnTeam, createTeam, joinTeam, leaveTeam, linkStore, mentorTeam, publishShowcase } from '#lib/incubation/teams.ts';
import { commentInput, createTeamInput, joinTeamInput, linkStoreInput, showcaseInput, teamIdInput } from './inputs.ts';

export const incubation = {
  create: defineAction({
    accept: 'form',
    input: createTeamInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:join', 'nav.signin');
      const team = await domainCall(locale, async () => createTeam(await getDb(), { userId: user.id, ...input }));
      return { id: team.id };
    },
  }),
  join: defineAction({
    accept: 'form',
    input: joinTeamInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:join', 'nav.signin');
      const team = await domainCall(locale, async () => joinTeam(await getDb(), { userId: user.id, code: input.code }));
      return { id: team.id };
    },
  }),
  leave: defineAction({
    accept: 'form',
    input: teamIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:join', 'nav.signin');
      return domainCall(locale, async () => leaveTeam(await getDb(), { userId: user.id, teamId: input.teamId }));
    },
  }),
  linkStore: defineAction({
    accept: 'form',
    input: linkStoreInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:join', 'nav.signin');
      await domainCall(locale, async () => linkStore(await getDb(), { userId: user.id, teamId: input.teamId, storeId: input.storeId }));
      return { ok: true };
    },
  }),
  publish: defineAction({
    accept: 'form',
    input: showcaseInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:join', 'nav.signin');
      await domainCall(locale, async () => publishShowcase(await getDb(), { userId: user.id, teamId: input.teamId, text: input.text }));
      return { ok: true };
    },
  }),
  mentor: defineAction({
    accept: 'form',
    input: teamIdInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:mentor', 'nav.signin');
      await domainCall(locale, async () => mentorTeam(await getDb(), { userId: user.id, teamId: input.teamId }));
      return { ok: true };
    },
  }),
  comment: defineAction({
    accept: 'form',
    input: commentInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'incubation:comment', 'nav.signin');
      await domainCall(locale, async () => commentOnTeam(await getDb(), { userId: user.id, teamId: input.teamId, body: input.body }));
      return { ok: true };
    },
  }),
};
