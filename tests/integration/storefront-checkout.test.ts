/**
 * Checkout on the public storefront: the visitor's cart becomes an open storefront order of the
 * learner's store that declares like a market-day order; a training ID that fails the checksum or is
 * not simulated, the import retail limits, short stock, a changed price or an unpublished product are
 * refused with nothing written; stock is taken in the order's own transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { productStock } from '#lib/db/schema-buyer-messages.ts';
import { rateLimits } from '#lib/db/schema-auth.ts';
import { products, storeOrders, type Store } from '#lib/db/schema-sandbox.ts';
import { loadCart, seenToken, type CartItem } from '#lib/storefront/cart.ts';
import { checkout, confirmationOf, type CheckoutInput } from '#lib/storefront/checkout.ts';
import { StorefrontError } from '#lib/storefront/errors.ts';
import { generateTrainingId } from '#lib/storefront/training-id.ts';
import { publishProduct } from '#lib/listing/publish.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { idCheckChar } from '#lib/workbench/market-day.ts';
import { addProduct, createStore, listOrders, type ProductInput } from '#lib/workbench/stores.ts';
import { todayInChina } from '#lib/workbench/calendar.ts';

let t: TestDatabase;
let owner: string;
let exportStore: Store;
let importStore: Store;
let ginseng: string;
let formula: string;

const PHOTOS = [{ width: 1600, height: 1600, whiteBackground: true }, { width: 1600, height: 1600, whiteBackground: true }, { width: 1200, height: 1200, whiteBackground: false }];
const GINSENG: Omit<ProductInput, 'storeId' | 'ownerId'> = {
  brand: '新宾参坊', attributes: { netContent: '250克', ingredients: '人参', shelfLife: '24个月', storage: '阴凉干燥处' }, images: PHOTOS,
  sku: 'GS-250', hsCode: '1211201000', priceFen: 26_800, currency: '142', grossWeightG: 400, netWeightG: 250, originCountry: '142', unit: '035', spec: '250克/盒', stockLocation: 'domestic',
  texts: [
    { lang: 'zh', title: '抚顺林下参干参250克', description: '抚顺新宾林下参，晒干整枝。' },
    { lang: 'ru', title: 'Женьшень сушёный 250 г', description: 'Дикорастущий женьшень из Фушуня.' },
  ],
};
const FORMULA: Omit<ProductInput, 'storeId' | 'ownerId'> = {
  brand: 'Aus Dairy', attributes: { netContent: '900克', ingredients: '脱脂乳、乳清蛋白粉、植物油', shelfLife: '24个月', storage: '开罐后阴凉干燥处保存，四周内食用' }, images: PHOTOS,
  sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '601', unit: '122', spec: '900克/罐', stockLocation: 'overseas-warehouse',
  texts: [{ lang: 'zh', title: '澳洲婴儿配方奶粉900克', description: '澳洲原装进口，1-3岁幼儿配方。' }],
};

beforeAll(async () => {
  t = await createTestDatabase();
  owner = (await signUp(t.db, { role: 'learner', email: 'cart@example.cn', password: 'a-long-password', displayName: '学员乙' })).id;
  exportStore = await createStore(t.db, { ownerId: owner, name: '抚顺参茸出口行', businessModel: 'export-9610', creditTier: 'regular' });
  importStore = await createStore(t.db, { ownerId: owner, name: '抚顺母婴进口馆', businessModel: 'import-9610', creditTier: 'advanced-certified' });
  ginseng = (await addProduct(t.db, { ...GINSENG, storeId: exportStore.id, ownerId: owner })).id;
  formula = (await addProduct(t.db, { ...FORMULA, storeId: importStore.id, ownerId: owner })).id;
  await publishProduct(t.db, { productId: ginseng, ownerId: owner });
  await publishProduct(t.db, { productId: formula, ownerId: owner });
});
afterAll(() => t.cleanup());

async function input(store: Store, items: CartItem[], over: Partial<CheckoutInput['buyer']> = {}, lang: CheckoutInput['lang'] = 'ru', visitor = '203.0.113.7'): Promise<CheckoutInput> {
  const cart = await loadCart(t.db, store, items, lang);
  return {
    slug: store.slug, lang, items, seen: seenToken(cart.lines), visitor,
    buyer: { name: 'Ivan Petrov', address: 'ul. Tverskaya 12, Moscow', phone: '+7 495 123-45-67', idNumber: generateTrainingId(), country: '344', ...over },
  };
}

async function snapshot() {
  const orders = await t.db.select({ id: storeOrders.id }).from(storeOrders);
  const stock = await t.db.select().from(productStock);
  const limits = await t.db.select().from(rateLimits);
  return { orders: orders.length, stock: stock.map((s) => `${s.productId}:${s.units}`).sort(), limits: limits.map((l) => `${l.key}:${l.failures}`) };
}

async function refused(run: Promise<unknown>): Promise<StorefrontError> {
  const e = await run.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(StorefrontError);
  return e as StorefrontError;
}

const stockOf = async (productId: string) => (await t.db.select().from(productStock).where(eq(productStock.productId, productId)))[0]?.units;

describe('storefront checkout', () => {
  it('turns an export cart into an open storefront order of the store, takes stock, and the order declares', async () => {
    const r = await checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 2 }]));
    expect(r.orderNo).toMatch(new RegExp(`^FSSE${todayInChina().replaceAll('-', '')}0001$`));
    expect(r).toMatchObject({ goodsFen: 2 * 26_800, freightFen: 5_000 });
    expect(await stockOf(ginseng)).toBe(98);

    const [order] = (await listOrders(t.db, exportStore.id)).filter((o) => o.id === r.orderId);
    expect(order).toMatchObject({ source: 'storefront', status: 'open', marketDayId: null, trap: null, asOf: todayInChina() });
    expect(order?.buyer).toMatchObject({ name: 'Ivan Petrov', idType: '2', country: '344', history: [] });
    expect(order?.buyer.idNumber).toMatch(/^99\d{15}[\dX]$/);
    expect(order?.lines).toEqual([{ productId: ginseng, sku: 'GS-250', hsCode: '1211201000', qty: 2, priceFen: 26_800 }]);
    expect(await confirmationOf(t.db, { slug: exportStore.slug, orderId: r.orderId })).toMatchObject({ orderNo: r.orderNo, goodsFen: 53_600 });

    const ws = await getOrderWorkspace(t.db, { orderId: r.orderId, userId: owner });
    const sent = await submitOrderDeclaration(t.db, { userId: owner, orderId: r.orderId, xml: Object.fromEntries(ws.draft.messages.map((m) => [m.kind, m.xml])) });
    expect(sent.status).not.toBe('rejected');
    expect(sent.findings.filter((f) => f.severity === 'error')).toEqual([]);

    // the next order of the day gets the next number; the address's orders are counted
    const next = await checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }]));
    expect(next.orderNo.endsWith('0002')).toBe(true);
    expect((await t.db.select().from(rateLimits).where(eq(rateLimits.key, 'checkout:203.0.113.7')))[0]?.failures).toBe(2);
  });

  it('an import order carries the training ID as a resident ID and declares with the engine’s checksum rule', async () => {
    const r = await checkout(t.db, await input(importStore, [{ productId: formula, qty: 3 }], { name: '王丽', address: '辽宁省抚顺市新抚区东七路12号', phone: '13912345678', country: '' }, 'zh'));
    const [order] = (await listOrders(t.db, importStore.id)).filter((o) => o.id === r.orderId);
    expect(order?.buyer).toMatchObject({ idType: '1', country: '142' });
    expect(r.freightFen).toBe(0);
    const ws = await getOrderWorkspace(t.db, { orderId: r.orderId, userId: owner });
    const sent = await submitOrderDeclaration(t.db, { userId: owner, orderId: r.orderId, xml: Object.fromEntries(ws.draft.messages.map((m) => [m.kind, m.xml])) });
    expect(sent.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(sent.status).not.toBe('rejected');
  });

  it('refuses an ID that fails the checksum or is not a training ID, writing nothing', async () => {
    const good = generateTrainingId();
    const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const real17 = '21040219850312123';
    const before = await snapshot();
    expect((await refused(checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], { idNumber: wrongCheck })))).code).toBe('ID_CHECKSUM');
    expect((await refused(checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], { idNumber: real17 + idCheckChar(real17) })))).code).toBe('ID_NOT_TRAINING');
    expect((await refused(checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], { idNumber: '12345' })))).code).toBe('ID_FORMAT');
    expect((await refused(checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], { country: '142' })))).code).toBe('COUNTRY');
    expect(await snapshot()).toEqual(before);
  });

  it('applies the import single-transaction limit (a single piece excepted) and the annual limit per training ID', async () => {
    await t.db.insert(productStock).values({ productId: formula, units: 1_000 }).onConflictDoUpdate({ target: productStock.productId, set: { units: 1_000 } });
    const before = await snapshot();
    // 26 × ¥198 = ¥5,148 > ¥5,000
    const over = await refused(checkout(t.db, await input(importStore, [{ productId: formula, qty: 26 }], { country: '' })));
    expect(over.code).toBe('SINGLE_LIMIT');
    expect(over.vars).toMatchObject({ limitFen: 500_000, taxableFen: 514_800 });
    expect(await snapshot()).toEqual(before);

    // five orders of 25 × ¥198 = ¥4,950 use ¥24,750 of ¥26,000; a sixth would pass the year's limit
    const id = generateTrainingId();
    for (let i = 0; i < 5; i++) await checkout(t.db, await input(importStore, [{ productId: formula, qty: 25 }], { idNumber: id, country: '' }));
    const afterFive = await snapshot();
    const annual = await refused(checkout(t.db, await input(importStore, [{ productId: formula, qty: 25 }], { idNumber: id, country: '' })));
    expect(annual.code).toBe('ANNUAL_LIMIT');
    expect(annual.vars).toMatchObject({ limitFen: 2_600_000, usedFen: 2_475_000, taxableFen: 495_000 });
    expect(await snapshot()).toEqual(afterFive);
    // the declaration's ledger is the same history
    const last = (await listOrders(t.db, importStore.id)).find((o) => o.buyer.idNumber === id && o.buyer.history.length === 4);
    expect(last?.buyer.history.reduce((a, h) => a + h.amountFen, 0)).toBe(4 * 495_000);
  });

  it('refuses short stock, a price changed since the page was shown and an unpublished product, writing nothing', async () => {
    await t.db.insert(productStock).values({ productId: ginseng, units: 2 }).onConflictDoUpdate({ target: productStock.productId, set: { units: 2 } });
    const before = await snapshot();
    const short = await refused(checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 3 }])));
    expect(short.code).toBe('OUT_OF_STOCK');
    expect(short.vars).toMatchObject({ title: 'Женьшень сушёный 250 г', left: 2 });

    const seenAtOldPrice = await input(exportStore, [{ productId: ginseng, qty: 1 }]);
    await t.db.update(products).set({ priceFen: 29_800 }).where(eq(products.id, ginseng));
    expect((await refused(checkout(t.db, seenAtOldPrice))).code).toBe('PRICE_CHANGED');
    expect((await refused(checkout(t.db, { ...(await input(exportStore, [{ productId: ginseng, qty: 1 }])), items: [{ productId: ginseng, qty: 2 }] }))).code).toBe('CART_CHANGED');

    const seen = await input(exportStore, [{ productId: ginseng, qty: 1 }]);
    await t.db.update(products).set({ publishedAt: null }).where(eq(products.id, ginseng));
    expect((await refused(checkout(t.db, seen))).code).toBe('UNPUBLISHED');
    expect((await refused(checkout(t.db, { ...seen, items: [] }))).code).toBe('EMPTY');
    expect(await snapshot()).toEqual(before);
    await t.db.update(products).set({ publishedAt: new Date(), priceFen: 26_800 }).where(eq(products.id, ginseng));
  });

  it('takes stock in the order’s transaction: a failed insert leaves the stock as it was', async () => {
    await t.db.insert(productStock).values({ productId: ginseng, units: 50 }).onConflictDoUpdate({ target: productStock.productId, set: { units: 50 } });
    // The database refuses the order row itself (after the stock was taken in the same transaction).
    await t.client.execute("CREATE TRIGGER refuse_orders BEFORE INSERT ON sandbox_orders BEGIN SELECT RAISE(ABORT, 'order insert refused by the test'); END");
    try {
      const before = await snapshot();
      const error = await checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 4 }])).then(() => null, (e: unknown) => e);
      // The database's own refusal (as the cause of the failed query), not some other failure.
      expect(error).toBeInstanceOf(Error);
      expect(((error as Error).cause as Error | undefined)?.message).toContain('order insert refused by the test');
      expect(await snapshot()).toEqual(before);
      expect(await stockOf(ginseng)).toBe(50);
    } finally {
      await t.client.execute('DROP TRIGGER refuse_orders');
    }
  });

  it('numbers an order one above the day’s highest number, so a deleted order’s number is not given twice', async () => {
    const prefix = `FSSE${todayInChina().replaceAll('-', '')}`;
    const first = await checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], {}, 'ru', '203.0.113.20'));
    const second = await checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], {}, 'ru', '203.0.113.20'));
    // An earlier order of the day goes (a count would now hand out `second`'s number again).
    await t.db.delete(storeOrders).where(eq(storeOrders.id, first.orderId));
    const third = await checkout(t.db, await input(exportStore, [{ productId: ginseng, qty: 1 }], {}, 'ru', '203.0.113.20'));
    const n = (no: string) => Number(no.slice(prefix.length));
    expect(n(third.orderNo)).toBe(n(second.orderNo) + 1);
  });

  it('checkouts at the same time get distinct numbers', async () => {
    const carts = await Promise.all(Array.from({ length: 5 }, (_, i) => input(exportStore, [{ productId: ginseng, qty: 1 }], {}, 'ru', `203.0.113.${30 + i}`)));
    const done = await Promise.all(carts.map((c) => checkout(t.db, c)));
    expect(new Set(done.map((d) => d.orderNo)).size).toBe(5);
  });
});
