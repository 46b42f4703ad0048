import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createLearner } from '../factories/learner.ts';
import { createStore } from '#lib/workbench/stores.ts';
import { createTeam, joinTeam } from '#lib/incubation/teams.ts';
import { loadTeamPage, showcaseText } from '#pages/[...lang]/teams/_team-page.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.cleanup());

describe('team page model', () => {
  it('shows the lead their own stores, a member none, and a stranger nothing', async () => {
    const lead = await createLearner(t.db);
    const member = await createLearner(t.db);
    const stranger = await createLearner(t.db);
    const store = await createStore(t.db, { ownerId: lead.id, name: '参茸出海店', businessModel: 'export-9610', creditTier: 'regular' });
    await createStore(t.db, { ownerId: member.id, name: '队员自己的店', businessModel: 'import-9610', creditTier: 'regular' });
    const team = await createTeam(t.db, { userId: lead.id, name: '参茸出海', niche: '林下参礼盒', industry: 'herbal-medicine' });
    await joinTeam(t.db, { userId: member.id, code: team.joinCode });

    const asLead = await loadTeamPage(t.db, { userId: lead.id, teamId: team.id });
    expect(asLead?.isLead).toBe(true);
    expect(asLead?.ownStores.map((s) => s.id)).toEqual([store.id]);
    const asMember = await loadTeamPage(t.db, { userId: member.id, teamId: team.id });
    expect(asMember?.isLead).toBe(false);
    expect(asMember?.ownStores).toEqual([]);
    expect(asMember?.role).toBe('member');
    expect(await loadTeamPage(t.db, { userId: stranger.id, teamId: team.id })).toBeNull();
    expect(await loadTeamPage(t.db, { userId: lead.id, teamId: 'no-such-team' })).toBeNull();
  });

  it('keeps a rejected showcase text, else shows the current one', () => {
    expect(showcaseText(undefined, '现有')).toBe('现有');
    expect(showcaseText({ failed: false, posted: {} }, '现有')).toBe('现有');
    expect(showcaseText({ failed: true, posted: { text: '新的' } }, '现有')).toBe('新的');
    expect(showcaseText({ failed: true, posted: {} }, '现有')).toBe('');
  });
});
