/**
 * The demo learner's practice stores, made through the workbench's own paths (createStore, addProduct,
 * runMarketDay, the order's draft signed and checked by the engine, the regulator's decision, a return
 * and a monthly summary), so every order, declaration and customs receipt the demo shows was produced
 * exactly as a learner's would be:
 * - an import store (9610 direct purchase, AEO) whose clean orders are declared and released (a held
 *   list is released by the demo government officer), one order with a designed error is declared
 *   as drafted and rejected, and one released order has a return (CEB625 → CEB626);
 * - an export store (9610, regular enterprise) whose orders of last month are declared and whose
 *   released lists are summarised early this month (CEB701 → CEB792);
 * - a store of a seriously dishonest enterprise whose declared order waits on the regulator's desk.
 * Runs once: a learner who owns any store is left alone.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { stores, type BusinessModel } from '../db/schema-sandbox.ts';
import type { CreditTier } from '#sandbox';
import { addDays, proposedSummaryDate, todayInChina } from '../workbench/calendar.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '../workbench/declarations.ts';
import { decideDeclaration } from '../workbench/regulator.ts';
import { draftReturn, submitReturn } from '../workbench/returns.ts';
import { submitMonthlySummary, SummaryError } from '../workbench/summary.ts';
import { publishProduct } from '../listing/publish.ts';
import { addProduct, createStore, listOrders, runMarketDay, type ProductInput } from '../workbench/stores.ts';

type DemoProduct = Omit<ProductInput, 'storeId' | 'ownerId'>;

/** The demo stores' names (companies' names: they stay Chinese on English pages). */
export const DEMO_STORE_NAMES = { import: '抚顺母婴进口馆', export: '抚顺参茸出口行', held: '抚顺跨境练习店' } as const;

const FORMULA: DemoProduct = {
  sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '601', unit: '122', spec: '900克/罐',
  stockLocation: 'overseas-warehouse', brand: 'Koala Dairy',
  attributes: { netContent: '900克', ingredients: '乳粉、乳清蛋白粉、植物油', shelfLife: '24个月', storage: '阴凉干燥处' },
  images: [{ width: 1600, height: 1600, whiteBackground: true }, { width: 1600, height: 1600, whiteBackground: true }, { width: 1600, height: 1600, whiteBackground: true }],
  texts: [
    { lang: 'zh', title: 'Koala Dairy 澳洲幼儿配方奶粉900克', description: '澳洲原装进口，1-3岁幼儿配方。' },
    { lang: 'en', title: 'Australian infant formula 900 g', description: 'Imported from Australia, for children aged 1 to 3.' },
  ],
};
const GINSENG: DemoProduct = {
  sku: 'GS-250', hsCode: '1211201000', priceFen: 26_800, currency: '142', grossWeightG: 400, netWeightG: 250, originCountry: '142', unit: '035', spec: '250克/盒',
  stockLocation: 'domestic', brand: '新宾参坊',
  attributes: { netContent: '250克', ingredients: '人参', shelfLife: '24个月', storage: '阴凉干燥处' },
  images: [{ width: 1600, height: 1600, whiteBackground: true }, { width: 1600, height: 1600, whiteBackground: true }, { width: 1600, height: 1600, whiteBackground: true }],
  texts: [
    { lang: 'zh', title: '新宾参坊 抚顺林下参干参250克 整枝晒干', description: '抚顺新宾林下参，晒干整枝，礼盒装250克。' },
    { lang: 'ru', title: 'Женьшень сушёный 250 г', description: 'Дикорастущий женьшень из Фушуня.' },
    { lang: 'en', title: 'Dried Fushun ginseng 250 g', description: 'Forest-grown ginseng from Xinbin, Fushun, sun-dried whole roots.' },
  ],
};

export interface DemoStoreResult {
  stores: number;
  declarations: number;
}

const xmlMap = (messages: ReadonlyArray<{ kind: string; xml: string }>): Record<string, string> => Object.fromEntries(messages.map((m) => [m.kind, m.xml]));

async function openStore(db: Db, ownerId: string, name: string, businessModel: BusinessModel, creditTier: CreditTier, product: DemoProduct, day: { seed: number; asOf: string }, now: Date) {
  const store = await createStore(db, { ownerId, name, businessModel, creditTier }, now);
  const added = await addProduct(db, { ...product, storeId: store.id, ownerId }, now);
  // Through the publish gate like a learner would: the demo listings pass the listing review.
  await publishProduct(db, { productId: added.id, ownerId }, now);
  await runMarketDay(db, { storeId: store.id, ownerId, ...day }, now);
  return { store, orders: await listOrders(db, store.id) };
}

/** Declares an order with its draft as the workbench offers it; a held list is released by `regulatorId` when given. */
async function declare(db: Db, userId: string, orderId: string, regulatorId: string | null, now: Date): Promise<'released' | 'held' | 'rejected'> {
  const ws = await getOrderWorkspace(db, { orderId, userId });
  const r = await submitOrderDeclaration(db, { userId, orderId, xml: xmlMap(ws.draft.messages) }, now);
  if (r.status === 'rejected') return 'rejected';
  if (r.status !== 'review' && r.status !== 'inspection') return 'released';
  if (regulatorId === null) return 'held';
  await decideDeclaration(db, { declarationId: r.declarationId, actorId: regulatorId, decision: 'release', note: '查验无异常，准予放行' }, new Date(now.getTime() + 60_000));
  return 'released';
}

export async function seedDemoStores(db: Db, input: { learnerId: string; regulatorId: string; now: Date }): Promise<DemoStoreResult | null> {
  const { learnerId, regulatorId, now } = input;
  if ((await db.select({ id: stores.id }).from(stores).where(eq(stores.ownerId, learnerId)).limit(1)).length > 0) return null;
  let declared = 0;
  const today = todayInChina(now);

  // Import: a market day six days ago; clean orders declared, the first designed error declared as drafted.
  const importDay = addDays(today, -6);
  const imp = await openStore(db, learnerId, DEMO_STORE_NAMES.import, 'import-9610', 'advanced-certified', FORMULA, { seed: 7, asOf: importDay }, now);
  let released: string | null = null;
  let trapDeclared = false;
  for (const o of imp.orders) {
    if (o.trap !== null && trapDeclared) continue;
    const outcome = await declare(db, learnerId, o.id, regulatorId, now);
    declared += 1;
    if (o.trap !== null) trapDeclared = true;
    else if (outcome === 'released') released ??= o.id;
  }
  if (released !== null) {
    const draft = await draftReturn(db, { userId: learnerId, orderId: released, asOf: addDays(importDay, 4), reason: '消费者七天无理由退货，商品未拆封' });
    await submitReturn(db, { userId: learnerId, orderId: released, xml: draft.xml }, now);
    declared += 1;
  }

  // Export: a market day on the 12th of last month, its lists summarised on the 5th of the month after.
  const lastMonth = addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8);
  const exportDay = `${lastMonth}12`;
  const exp = await openStore(db, learnerId, DEMO_STORE_NAMES.export, 'export-9610', 'regular', GINSENG, { seed: 3, asOf: exportDay }, now);
  const releasedExports: string[] = [];
  for (const o of exp.orders) {
    if (o.trap !== null) continue;
    if ((await declare(db, learnerId, o.id, regulatorId, now)) === 'released') releasedExports.push(o.id);
    declared += 1;
  }
  for (const orderId of releasedExports) {
    try {
      await submitMonthlySummary(db, { userId: learnerId, orderId, asOf: proposedSummaryDate(exportDay) }, now);
      declared += 1;
      break;
    } catch (e) {
      // a simplified list is not summarised: try the next order's group
      if (!(e instanceof SummaryError && e.code === 'NO_LISTS')) throw e;
    }
  }

  // A seriously dishonest enterprise's list is always held: one waits on the regulator's desk.
  const held = await openStore(db, learnerId, DEMO_STORE_NAMES.held, 'import-9610', 'seriously-dishonest', FORMULA, { seed: 11, asOf: addDays(today, -1) }, now);
  const first = held.orders.find((o) => o.trap === null);
  if (first) {
    await declare(db, learnerId, first.id, null, now);
    declared += 1;
  }
  return { stores: 3, declarations: declared };
}
