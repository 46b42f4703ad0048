/** The public storefront shows only published products; a store is listed once one is published. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { products } from '#lib/db/schema-sandbox.ts';
import { getPublicStore, listPublicStores } from '#lib/storefront/public.ts';
import { addProduct, createStore } from '#lib/workbench/stores.ts';

let t: TestDatabase;
let owner: string;
const base = {
  hsCode: '1211201000', priceFen: 26_800, currency: '142', grossWeightG: 400, netWeightG: 250, originCountry: '142', unit: '035', spec: '250克/盒',
  stockLocation: 'domestic' as const,
};

beforeAll(async () => {
  t = await createTestDatabase();
  owner = (await signUp(t.db, { role: 'learner', email: 'shop@example.cn', password: 'a-long-password', displayName: '学员甲' })).id;
});
afterAll(() => t.cleanup());

describe('public storefront', () => {
  it('hides a store until a product is published, then shows only published ones', async () => {
    const store = await createStore(t.db, { ownerId: owner, name: '抚顺参坊', businessModel: 'export-9610', creditTier: 'advanced-certified' });
    const a = await addProduct(t.db, { ...base, sku: 'A-1', storeId: store.id, ownerId: owner, texts: [{ lang: 'zh', title: '林下参', description: '' }, { lang: 'ru', title: 'Женьшень', description: '' }] });
    await addProduct(t.db, { ...base, sku: 'B-1', storeId: store.id, ownerId: owner, texts: [{ lang: 'ko', title: '인삼', description: '' }] });
    expect(await getPublicStore(t.db, store.slug)).toBeNull();
    expect(await listPublicStores(t.db)).toEqual([]);

    await t.db.update(products).set({ publishedAt: new Date() }).where(eq(products.id, a.id));
    const pub = await getPublicStore(t.db, store.slug);
    expect(pub?.products.map((p) => p.sku)).toEqual(['A-1']);
    expect(pub?.languages).toEqual(['zh', 'ru']);
    const list = await listPublicStores(t.db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ slug: store.slug, name: '抚顺参坊', productCount: 1, languages: ['zh', 'ru'] });
  });
});
