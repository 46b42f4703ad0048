/** The publish gate and listing edits on a real database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { products, productTexts } from '#lib/db/schema-sandbox.ts';
import { ListingError } from '#lib/listing/errors.ts';
import { updateListing } from '#lib/listing/listings.ts';
import { listPublishedProducts, publishProduct, unpublishProduct } from '#lib/listing/publish.ts';
import { addProduct, createStore } from '#lib/workbench/stores.ts';

let t: TestDatabase;
let owner: string;
let other: string;

const WHITE = { width: 1600, height: 1600, whiteBackground: true };
const DESC = '抚顺新宾林下参，晒干整枝，礼盒装250克。';
const ATTRS = { netContent: '250克', ingredients: '人参', shelfLife: '24个月', storage: '阴凉干燥处' };
const ginseng = {
  sku: 'GS-1', hsCode: '1211201000', priceFen: 26_800, currency: '142', grossWeightG: 400, netWeightG: 250, originCountry: '142', unit: '035', spec: '250克/盒',
  stockLocation: 'domestic' as const, brand: '新宾参坊', attributes: ATTRS, images: [WHITE, WHITE, WHITE],
  texts: [{ lang: 'zh' as const, title: '最好的抚顺林下参干参250克', description: DESC }],
};

beforeAll(async () => {
  t = await createTestDatabase();
  owner = (await signUp(t.db, { role: 'learner', email: 'listing@example.cn', password: 'a-long-password', displayName: '学员丙' })).id;
  other = (await signUp(t.db, { role: 'learner', email: 'listing2@example.cn', password: 'a-long-password', displayName: '学员丁' })).id;
});
afterAll(() => t.cleanup());

describe('publishing a listing', () => {
  it('is refused while the review has errors, allowed once fixed, and undone by unpublishing', async () => {
    const store = await createStore(t.db, { ownerId: owner, name: '参茸小铺', businessModel: 'export-9610', creditTier: 'regular' });
    const p = await addProduct(t.db, { ...ginseng, storeId: store.id, ownerId: owner });

    const refused = await publishProduct(t.db, { productId: p.id, ownerId: owner }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ListingError);
    expect(refused).toMatchObject({ code: 'HAS_ERRORS', vars: { codes: 'LISTING_ABSOLUTE_CLAIM', n: 1 } });
    expect(await listPublishedProducts(t.db, store.id)).toEqual([]);

    const fixed = await updateListing(t.db, { productId: p.id, ownerId: owner, platform: 'own-site', brand: '新宾参坊', attributes: ATTRS, images: [WHITE, WHITE, WHITE], texts: [{ lang: 'zh', title: '新宾参坊 抚顺林下参干参250克 整枝晒干', description: DESC }] });
    expect(fixed.review).toMatchObject({ publishable: true, score: 100 });

    const now = new Date('2026-12-01T02:00:00Z');
    const published = await publishProduct(t.db, { productId: p.id, ownerId: owner }, now);
    expect(published.product.publishedAt).toEqual(now);
    expect((await listPublishedProducts(t.db, store.id)).map((x) => x.sku)).toEqual(['GS-1']);

    await unpublishProduct(t.db, { productId: p.id, ownerId: owner });
    expect(await listPublishedProducts(t.db, store.id)).toEqual([]);
  });

  it('an edit that breaks a published listing takes it off the storefront', async () => {
    const store = await createStore(t.db, { ownerId: owner, name: '参茸二铺', businessModel: 'export-9610', creditTier: 'regular' });
    const p = await addProduct(t.db, { ...ginseng, texts: [{ lang: 'zh', title: '新宾参坊 抚顺林下参干参250克 整枝晒干', description: DESC }], storeId: store.id, ownerId: owner });
    await publishProduct(t.db, { productId: p.id, ownerId: owner });
    const r = await updateListing(t.db, { productId: p.id, ownerId: owner, platform: 'amazon', brand: '新宾参坊', attributes: ATTRS, images: [WHITE], texts: [{ lang: 'zh', title: '新宾参坊 抚顺林下参干参250克', description: DESC }] });
    expect(r.unpublished).toBe(true);
    expect(r.review.findings.map((f) => f.code)).toContain('LISTING_LANGUAGE_MISSING');
    const [row] = await t.db.select().from(products).where(eq(products.id, p.id));
    expect(row?.publishedAt).toBeNull();
    expect(row?.platform).toBe('amazon');
  });

  it('edits replace the texts and keep only known attributes; bad input is refused and changes nothing', async () => {
    const store = await createStore(t.db, { ownerId: owner, name: '参茸三铺', businessModel: 'export-9610', creditTier: 'regular' });
    const p = await addProduct(t.db, { ...ginseng, storeId: store.id, ownerId: owner });
    await updateListing(t.db, { productId: p.id, ownerId: owner, platform: 'own-site', brand: '', attributes: { ...ATTRS, color: '  ' }, images: [], texts: [{ lang: 'zh', title: '新宾参坊 林下参250克', description: '' }, { lang: 'en', title: 'Xinbin dried ginseng 250 g', description: '' }, { lang: 'ru', title: '', description: 'x' }] });
    const texts = await t.db.select().from(productTexts).where(eq(productTexts.productId, p.id));
    expect(texts.map((x) => x.lang).sort()).toEqual(['en', 'zh']);
    const [row] = await t.db.select().from(products).where(eq(products.id, p.id));
    expect(row?.brand).toBeNull();
    expect(JSON.parse(row?.attributes ?? '')).toEqual(ATTRS);

    const base = { productId: p.id, ownerId: owner, platform: 'own-site' as const, brand: null, attributes: {}, images: [] };
    await expect(updateListing(t.db, { ...base, texts: [] })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(updateListing(t.db, { ...base, attributes: { nonsense: 'x' }, texts: [{ lang: 'zh', title: '改', description: '' }] })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(updateListing(t.db, { ...base, images: [{ width: -1, height: 5, whiteBackground: true }], texts: [{ lang: 'zh', title: '改', description: '' }] })).rejects.toMatchObject({ code: 'INVALID' });
    expect((await t.db.select().from(productTexts).where(eq(productTexts.productId, p.id))).length).toBe(2);
  });

  it('another learner can neither see, edit nor publish the product', async () => {
    const store = await createStore(t.db, { ownerId: owner, name: '参茸四铺', businessModel: 'export-9610', creditTier: 'regular' });
    const p = await addProduct(t.db, { ...ginseng, storeId: store.id, ownerId: owner });
    await expect(publishProduct(t.db, { productId: p.id, ownerId: other })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(unpublishProduct(t.db, { productId: p.id, ownerId: other })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateListing(t.db, { productId: p.id, ownerId: other, platform: 'own-site', brand: null, attributes: {}, images: [], texts: [{ lang: 'zh', title: '改了', description: '' }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
