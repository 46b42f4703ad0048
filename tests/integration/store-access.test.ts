/**
 * A team's store is worked in by every member: the one ownership rule (`workableBy`, store-access.ts)
 * lets the owner and the current members of the team whose store it is in, and nobody else; a
 * member who leaves loses access at once. Each action in the store records the member who did it,
 * and the store's activity reads them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createLearner } from '../factories/learner.ts';
import { GINSENG } from '../factories/store.ts';
import { messageMap } from '../factories/messages.ts';
import { buyerMessages } from '#lib/db/schema-buyer-messages.ts';
import { marketDays, products } from '#lib/db/schema-sandbox.ts';
import type { Store } from '#lib/db/schema-sandbox.ts';
import { createTeam, IncubationError, joinTeam, leaveTeam, linkStore, teamOfStore } from '#lib/incubation/teams.ts';
import { answerBuyerMessage } from '#lib/buyer-messages/operations.ts';
import { ListingError } from '#lib/listing/errors.ts';
import { publishProduct, unpublishProduct } from '#lib/listing/publish.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { WorkbenchError } from '#lib/workbench/errors.ts';
import { cancelOrder } from '#lib/workbench/order-actions.ts';
import { canWorkInStore, getWorkableStore } from '#lib/workbench/store-access.ts';
import { storeActivity } from '#lib/workbench/store-activity.ts';
import { addProduct, createStore, listOrders, listStores, runMarketDay } from '#lib/workbench/stores.ts';

let t: TestDatabase;
let lead: string;
let member: string;
let leaver: string;
let stranger: string;
let teamId: string;
let store: Store;
const T0 = new Date('2026-05-01T02:00:00Z');

const notFound = (e: unknown) => e instanceof WorkbenchError && e.code === 'NOT_FOUND';

beforeAll(async () => {
  t = await createTestDatabase();
  lead = (await createLearner(t.db, { displayName: '队长甲' })).id;
  member = (await createLearner(t.db, { displayName: '队员乙' })).id;
  leaver = (await createLearner(t.db, { displayName: '队员丙' })).id;
  stranger = (await createLearner(t.db, { displayName: '路人丁' })).id;
  const team = await createTeam(t.db, { userId: lead, name: '参茸出海', niche: '林下参礼盒', industry: 'herbal-medicine' }, T0);
  teamId = team.id;
  await joinTeam(t.db, { userId: member, code: team.joinCode }, T0);
  await joinTeam(t.db, { userId: leaver, code: team.joinCode }, T0);
  store = await createStore(t.db, { ownerId: lead, name: '参茸小店', businessModel: 'export-9610', creditTier: 'advanced-certified' }, T0);
  await linkStore(t.db, { userId: lead, teamId, storeId: store.id }, T0);
});
afterAll(() => t.cleanup());

describe('who may work in a store', () => {
  it.each([
    ['the lead, who owns it', () => lead, true],
    ['a member of its team', () => member, true],
    ['another member of its team', () => leaver, true],
    ['a learner outside the team', () => stranger, false],
  ] as const)('%s: %s', async (_who, user, allowed) => {
    expect(await canWorkInStore(t.db, { storeId: store.id, userId: user() })).toBe(allowed);
    if (allowed) expect((await getWorkableStore(t.db, store.id, user())).id).toBe(store.id);
    else await expect(getWorkableStore(t.db, store.id, user())).rejects.toSatisfy(notFound);
    expect((await listStores(t.db, user())).map((s) => s.id).includes(store.id)).toBe(allowed);
  });

  it('a store of nobody’s team is its owner’s alone; an unknown store is nobody’s', async () => {
    const own = await createStore(t.db, { ownerId: stranger, name: '自己的店', businessModel: 'export-9610', creditTier: 'general' }, T0);
    expect(await canWorkInStore(t.db, { storeId: own.id, userId: stranger })).toBe(true);
    for (const u of [lead, member]) expect(await canWorkInStore(t.db, { storeId: own.id, userId: u })).toBe(false);
    expect(await canWorkInStore(t.db, { storeId: 'no-such-store', userId: lead })).toBe(false);
    expect(await teamOfStore(t.db, own.id)).toBeNull();
    expect(await teamOfStore(t.db, store.id)).toMatchObject({ id: teamId, name: '参茸出海', });
    expect((await teamOfStore(t.db, store.id))?.members.toSorted()).toEqual(['队员丙', '队员乙', '队长甲'].toSorted());
  });
});

describe('members work in the team store, each action attributed', () => {
  it('a member adds a product, publishes it, runs a market day, declares, answers a buyer and cancels an order; the activity names each one', async () => {
    const product = await addProduct(t.db, { ...GINSENG, storeId: store.id, ownerId: member }, new Date(T0.getTime() + 1_000));
    expect((await t.db.select().from(products).where(eq(products.id, product.id)))[0]?.createdBy).toBe(member);
    // The review refuses publishing the bare product; taking it off the storefront is always allowed.
    await expect(publishProduct(t.db, { productId: product.id, ownerId: leaver })).rejects.toSatisfy((e) => e instanceof ListingError && e.code === 'HAS_ERRORS');
    await unpublishProduct(t.db, { productId: product.id, ownerId: leaver }, new Date(T0.getTime() + 2_000));
    let seed = 7;
    await runMarketDay(t.db, { storeId: store.id, ownerId: leaver, seed, asOf: '2026-05-01' }, new Date(T0.getTime() + 3_000));
    expect((await t.db.select().from(marketDays).where(eq(marketDays.storeId, store.id)))[0]?.runBy).toBe(leaver);
    // Market days until a buyer writes (messages follow the orders a day brings).
    while ((await t.db.select().from(buyerMessages).where(eq(buyerMessages.storeId, store.id))).length === 0 && seed < 20) {
      seed += 1;
      await runMarketDay(t.db, { storeId: store.id, ownerId: lead, seed, asOf: '2026-05-02' }, new Date(T0.getTime() + 3_000 + seed));
    }
    const [message] = await t.db.select().from(buyerMessages).where(eq(buyerMessages.storeId, store.id));
    expect(message, 'a market day brought a buyer message').toBeDefined();
    await answerBuyerMessage(t.db, { userId: member, messageId: message!.id, reply: '您好，订单已发货，请耐心等待，谢谢！' }, new Date(T0.getTime() + 5_000));
    expect((await t.db.select().from(buyerMessages).where(eq(buyerMessages.id, message!.id)))[0]?.repliedBy).toBe(member);

    const [first, second] = await listOrders(t.db, store.id);
    const ws = await getOrderWorkspace(t.db, { orderId: first!.id, userId: member });
    const declared = await submitOrderDeclaration(t.db, { userId: member, orderId: first!.id, xml: messageMap(ws.draft.messages) }, new Date(T0.getTime() + 6_000));
    // The lead sees the member's attempt on the same order, and a next attempt counts it.
    const seen = await getOrderWorkspace(t.db, { orderId: first!.id, userId: lead });
    expect(seen.declarations.map((d) => [d.id, d.userId])).toEqual([[declared.declarationId, member]]);
    await cancelOrder(t.db, { userId: lead, orderId: second!.id, reason: '买家要求取消' }, new Date(T0.getTime() + 7_000));

    const activity = await storeActivity(t.db, store.id);
    const by = (kind: string) => activity.filter((a) => a.kind === kind).map((a) => a.actorName);
    expect(by('product-added')).toEqual(['队员乙']);
    expect(activity.filter((a) => a.kind === 'listing')).toMatchObject([{ change: 'unpublish', sku: GINSENG.sku, actorName: '队员丙' }]);
    expect(by('market-day')).toContain('队员丙');
    expect(by('replied')).toEqual(['队员乙']);
    expect(by('declared')).toEqual(['队员乙']);
    expect(activity.find((a) => a.kind === 'order-action')).toMatchObject({ actorName: '队长甲', action: 'cancel', orderNo: second!.orderNo });
    expect(activity.map((a) => a.at.getTime())).toEqual([...activity.map((a) => a.at.getTime())].sort((a, b) => b - a));
  });

  it('a stranger is refused every action with NOT_FOUND, and nothing is written', async () => {
    const before = (await t.db.select().from(products).where(eq(products.storeId, store.id))).length;
    await expect(addProduct(t.db, { ...GINSENG, sku: 'GS-2', storeId: store.id, ownerId: stranger })).rejects.toSatisfy(notFound);
    await expect(runMarketDay(t.db, { storeId: store.id, ownerId: stranger, seed: 99, asOf: '2026-05-03' })).rejects.toSatisfy(notFound);
    const [order] = await listOrders(t.db, store.id);
    await expect(getOrderWorkspace(t.db, { orderId: order!.id, userId: stranger })).rejects.toSatisfy(notFound);
    expect((await t.db.select().from(products).where(eq(products.storeId, store.id))).length).toBe(before);
  });
});

describe('leaving the team', () => {
  it('a member who leaves loses the store at once; their past actions stay attributed to them', async () => {
    expect(await leaveTeam(t.db, { userId: leaver, teamId }, T0)).toEqual({ dissolved: false });
    expect(await canWorkInStore(t.db, { storeId: store.id, userId: leaver })).toBe(false);
    await expect(addProduct(t.db, { ...GINSENG, sku: 'GS-3', storeId: store.id, ownerId: leaver })).rejects.toSatisfy(notFound);
    const [order] = await listOrders(t.db, store.id);
    await expect(getOrderWorkspace(t.db, { orderId: order!.id, userId: leaver })).rejects.toSatisfy(notFound);
    expect((await listStores(t.db, leaver)).map((s) => s.id)).not.toContain(store.id);
    expect((await storeActivity(t.db, store.id)).some((a) => a.kind === 'market-day' && a.actorName === '队员丙')).toBe(true);
    expect(await canWorkInStore(t.db, { storeId: store.id, userId: member })).toBe(true);
  });

  it('the lead, who owns the store, cannot leave while members remain; alone, leaving dissolves the team', async () => {
    await expect(leaveTeam(t.db, { userId: lead, teamId }, T0)).rejects.toSatisfy((e) => e instanceof IncubationError && e.code === 'LEAD_CANNOT_LEAVE');
    await expect(leaveTeam(t.db, { userId: stranger, teamId }, T0)).rejects.toSatisfy((e) => e instanceof IncubationError && e.code === 'NOT_FOUND');
    await leaveTeam(t.db, { userId: member, teamId }, T0);
    expect(await canWorkInStore(t.db, { storeId: store.id, userId: member })).toBe(false);
    expect(await leaveTeam(t.db, { userId: lead, teamId }, T0)).toEqual({ dissolved: true });
    expect(await teamOfStore(t.db, store.id)).toBeNull();
    expect(await canWorkInStore(t.db, { storeId: store.id, userId: lead })).toBe(true);
  });
});
