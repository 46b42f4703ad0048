/**
 * Page model of a team's page: the team as its member or mentor sees it, whether the reader leads it,
 * and the stores the lead may link (`loadTeamPage`); what the showcase form starts from (`showcaseText`).
 */
import type { Db } from '#lib/db/client.ts';
import { IncubationError, teamView } from '#lib/incubation/teams.ts';
import { listStores } from '#lib/workbench/stores.ts';
import type { ActionForm } from '#server/forms.ts';

/** The team, the reader's place in it and the lead's own stores, or null when the reader may not see it (the page answers 404). */
export async function loadTeamPage(db: Db, input: { userId: string; teamId: string }) {
  let view;
  try {
    view = await teamView(db, input);
  } catch (e) {
    if (e instanceof IncubationError) return null;
    throw e;
  }
  const isLead = view.team.leadId === input.userId;
  // The lead links one of the stores they own (listStores also lists the team's store).
  const ownStores = isLead ? (await listStores(db, input.userId)).filter((s) => s.ownerId === input.userId) : [];
  return { ...view, isLead, ownStores };
}

/** The showcase text the form shows: what was posted after an error, else the team's current one. */
export function showcaseText(published: Pick<ActionForm<unknown>, 'failed' | 'posted'> | undefined, current: string): string {
  return published?.failed ? (published.posted['text'] ?? '') : current;
}
