/** The listing review: each rule on a listing that is clean except for what the case breaks. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/content/check.ts';
import { DIMENSIONS, FINDINGS, LISTING_CODES, reviewListing, scoreFindings, type ListingCode, type ListingInput } from '#lib/listing/review.ts';
import { listingCategoryOf } from '#lib/listing/rules.ts';
import { zh, en } from '#i18n/areas/listing.ts';
import { HS_BY_CODE } from '#sandbox';
import { ROOT } from '../../helpers/db.ts';

const WHITE = { width: 1600, height: 1600, whiteBackground: true };

/** A clean own-site listing of dried ginseng (food): no findings. */
const clean: ListingInput = {
  platform: 'own-site',
  businessModel: 'export-9610',
  hsCode: '1211201000',
  priceFen: 26_800,
  brand: '新宾参坊',
  attributes: { netContent: '250克', ingredients: '人参', shelfLife: '24个月', storage: '阴凉干燥处' },
  images: [WHITE, WHITE, WHITE],
  texts: [{ lang: 'zh', title: '新宾参坊 抚顺林下参干参250克 整枝晒干', description: '抚顺新宾林下参，晒干整枝，礼盒装250克。' }],
};

const amazon: ListingInput = {
  ...clean,
  platform: 'amazon',
  texts: [{ lang: 'en', title: 'Xinbin Ginseng Dried Forest-Grown Roots 250 g, Whole Sun-Dried', description: 'Forest-grown ginseng from Xinbin, Fushun: whole roots, sun-dried, 250 g in a gift box.' }],
};

const codes = (input: ListingInput): ListingCode[] => reviewListing(input).findings.map((f) => f.code);
const withZh = (title: string, description = clean.texts[0]!.description): ListingInput => ({ ...clean, texts: [{ lang: 'zh', title, description }] });
const withEn = (title: string, description = amazon.texts[0]!.description): ListingInput => ({ ...amazon, texts: [{ lang: 'en', title, description }] });

describe('reviewListing', () => {
  it('a clean listing has no findings, scores 100 and may be published', () => {
    expect(reviewListing(clean)).toMatchObject({ score: 100, findings: [], publishable: true, category: 'food' });
    expect(reviewListing(amazon)).toMatchObject({ score: 100, findings: [], publishable: true });
  });

  describe.each<[string, ListingInput, ListingCode]>([
    ['Amazon needs an English title', { ...amazon, texts: clean.texts }, 'LISTING_LANGUAGE_MISSING'],
    ['Ozon needs a Russian title', { ...clean, platform: 'ozon' }, 'LISTING_LANGUAGE_MISSING'],
    ['Amazon titles stop at 200 characters', withEn(`Xinbin Ginseng ${'Dried Root Gift '.repeat(0)}${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} ${'x'.repeat(80)}`), 'LISTING_TITLE_TOO_LONG'],
    ['Wildberries titles stop at 60 characters', { ...clean, platform: 'wildberries', texts: [{ lang: 'ru', title: 'Женьшень сушёный лесной из Синьбиня, целые корни, 250 г, подарочная упаковка', description: 'Лесной женьшень из Фушуня, целые корни, высушенные на солнце.' }] }, 'LISTING_TITLE_TOO_LONG'],
    ['own-site titles stop at 100 characters', withZh(`新宾参坊林下参${'整枝晒干'.repeat(25)}`), 'LISTING_TITLE_TOO_LONG'],
    ['Amazon forbids special characters', withEn('Xinbin Ginseng Dried Forest-Grown Roots 250 g!'), 'LISTING_TITLE_SPECIAL_CHARS'],
    ['Amazon allows a word at most twice', withEn('Ginseng Roots Dried Ginseng, Whole Ginseng 250 g Gift Box'), 'LISTING_TITLE_REPEATED_WORD'],
    ['Amazon forbids promotional phrases', withEn('Xinbin Ginseng Dried Roots 250 g, Free Shipping'), 'LISTING_PROMO_PHRASE'],
    ['Ozon forbids promotional phrases', { ...clean, platform: 'ozon', texts: [{ lang: 'ru', title: 'Женьшень сушёный целые корни 250 г скидка', description: 'Лесной женьшень из Фушуня, целые корни, высушенные на солнце.' }] }, 'LISTING_PROMO_PHRASE'],
    ['a short title says too little', withZh('人参'), 'LISTING_TITLE_TOO_SHORT'],
    ['capitals read as shouting', withEn('Xinbin Ginseng DRIED Forest-Grown Roots 250 g, Whole'), 'LISTING_TITLE_ALL_CAPS'],
    ['a price belongs in the price field', withZh('新宾参坊 抚顺林下参干参250克 仅需¥268'), 'LISTING_PRICE_IN_TITLE'],
    ['a short description lowers the score', withZh(clean.texts[0]!.title, '人参'), 'LISTING_DESCRIPTION_SHORT'],
    ['最 is an absolute claim (Advertising Law art. 9)', withZh('最好的新宾参坊抚顺林下参干参250克'), 'LISTING_ABSOLUTE_CLAIM'],
    ['第一 is an absolute claim', withZh('销量第一 新宾参坊抚顺林下参250克'), 'LISTING_ABSOLUTE_CLAIM'],
    ['国家级 is an absolute claim', withZh('国家级 新宾参坊抚顺林下参干参250克'), 'LISTING_ABSOLUTE_CLAIM'],
    ['"best" is an absolute claim', withEn('Best Xinbin Ginseng Dried Forest-Grown Roots 250 g'), 'LISTING_ABSOLUTE_CLAIM'],
    ['"No.1" is an absolute claim', withEn('No.1 Xinbin Ginseng Dried Forest-Grown Roots 250 g'), 'LISTING_ABSOLUTE_CLAIM'],
    ['"лучший" is an absolute claim', { ...clean, platform: 'ozon', texts: [{ lang: 'ru', title: 'Лучший женьшень сушёный, целые корни 250 г', description: 'Лесной женьшень из Фушуня, целые корни, высушенные на солнце.' }] }, 'LISTING_ABSOLUTE_CLAIM'],
    ['food may not claim to treat disease', withZh(clean.texts[0]!.title, '抚顺新宾林下参，晒干整枝，可治疗失眠和高血压。'), 'LISTING_MEDICAL_CLAIM'],
    ['cosmetics may not claim to cure eczema', { ...amazon, hsCode: '3304990099', attributes: { netContent: '50 ml', ingredients: 'ginseng extract', shelfLife: '36 months' }, texts: [{ lang: 'en', title: 'Xinbin Ginseng Face Cream 50 ml for Dry Skin', description: 'A rich ginseng cream that cures eczema and soothes dry skin overnight.' }] }, 'LISTING_MEDICAL_CLAIM'],
    ['another brand in the title', withEn('Xinbin Ginseng Dried Roots 250 g, Dyson Style Gift Box'), 'LISTING_BRAND_NOT_OWNED'],
    ['another brand in Chinese ("同款" does not help)', withZh('新宾参坊 雅诗兰黛同款人参礼盒250克'), 'LISTING_BRAND_NOT_OWNED'],
    ['an import store sells only positive-list goods', { ...clean, businessModel: 'import-9610', hsCode: '2712200000', attributes: { material: '石蜡', size: '25 kg', color: '白色' } }, 'LISTING_NOT_ON_POSITIVE_LIST'],
    ['Russia bans remote retail sale of alcohol', { ...clean, platform: 'ozon', hsCode: '2204210000', attributes: { netContent: '750 мл', ingredients: 'виноград', shelfLife: '5 лет', storage: '12 °C' }, texts: [{ lang: 'ru', title: 'Вино красное сухое Синьбинь 750 мл', description: 'Красное сухое вино из винограда северо-востока Китая.' }] }, 'LISTING_PROHIBITED_ON_PLATFORM'],
    ['a price must be positive', { ...clean, priceFen: 0 }, 'LISTING_PRICE_INVALID'],
    ['no brand lowers the score', { ...clean, brand: null }, 'LISTING_BRAND_MISSING'],
    ['food needs its shelf life', { ...clean, attributes: { netContent: '250克', ingredients: '人参', storage: '阴凉干燥处' } }, 'LISTING_ATTRIBUTE_MISSING'],
    ['a recommended attribute lowers the score', { ...clean, hsCode: '4421999090', attributes: { material: '桦木', size: '30×20×12 cm' }, texts: [{ lang: 'zh', title: '新宾参坊 桦木实木收纳盒 三格', description: '桦木实木，三格，30×20×12厘米，木蜡油涂饰。' }] }, 'LISTING_ATTRIBUTE_RECOMMENDED'],
    ['a listing needs a main image', { ...clean, images: [] }, 'LISTING_IMAGE_MISSING'],
    ['Amazon needs a white main image', { ...amazon, images: [{ ...WHITE, whiteBackground: false }, WHITE, WHITE] }, 'LISTING_IMAGE_NOT_WHITE'],
    ['elsewhere a coloured main image lowers the score', { ...clean, images: [{ ...WHITE, whiteBackground: false }, WHITE, WHITE] }, 'LISTING_IMAGE_BACKGROUND'],
    ['images under 500 px are refused', { ...clean, images: [WHITE, { width: 400, height: 300, whiteBackground: true }, WHITE] }, 'LISTING_IMAGE_TOO_SMALL'],
    ['a main image under 1000 px cannot zoom', { ...clean, images: [{ width: 800, height: 800, whiteBackground: true }, WHITE, WHITE] }, 'LISTING_IMAGE_NO_ZOOM'],
    ['fewer than three images lower the score', { ...clean, images: [WHITE] }, 'LISTING_IMAGE_FEW'],
  ])('%s', (_name, input, code) => {
    it(`finds ${code} and nothing else`, () => {
      expect(codes(input)).toEqual([code]);
      const review = reviewListing(input);
      expect(review.publishable).toBe(FINDINGS[code].severity !== 'error');
      expect(review.score).toBeLessThan(100);
    });
  });

  it('every finding code has a case above', () => {
    // the table above is the list of rules; a code nobody tests is a rule nobody checked
    const tested = new Set<string>(['LISTING_LANGUAGE_MISSING', 'LISTING_TITLE_TOO_LONG', 'LISTING_TITLE_SPECIAL_CHARS', 'LISTING_TITLE_REPEATED_WORD', 'LISTING_PROMO_PHRASE', 'LISTING_TITLE_TOO_SHORT', 'LISTING_TITLE_ALL_CAPS', 'LISTING_PRICE_IN_TITLE', 'LISTING_DESCRIPTION_SHORT', 'LISTING_ABSOLUTE_CLAIM', 'LISTING_MEDICAL_CLAIM', 'LISTING_BRAND_NOT_OWNED', 'LISTING_NOT_ON_POSITIVE_LIST', 'LISTING_PROHIBITED_ON_PLATFORM', 'LISTING_PRICE_INVALID', 'LISTING_BRAND_MISSING', 'LISTING_ATTRIBUTE_MISSING', 'LISTING_ATTRIBUTE_RECOMMENDED', 'LISTING_IMAGE_MISSING', 'LISTING_IMAGE_NOT_WHITE', 'LISTING_IMAGE_TOO_SMALL', 'LISTING_IMAGE_BACKGROUND', 'LISTING_IMAGE_NO_ZOOM', 'LISTING_IMAGE_FEW']);
    expect(LISTING_CODES.filter((c) => !tested.has(c))).toEqual([]);
  });

  it('does not flag ordinary words that look like claims', () => {
    expect(codes(withZh('新宾参坊 抚顺林下参干参250克 第一次购买装'))).toEqual([]);
    expect(codes(withEn('Xinbin Ginseng Dried Forest-Grown Roots 250 g, Best Before 2027'))).toEqual([]);
    expect(codes({ ...amazon, brand: 'Sony' , texts: [{ lang: 'en', title: 'Sony Wireless Portable Speaker, Waterproof, 12 Hours', description: 'A portable Bluetooth speaker with twelve hours of battery life and a waterproof case.' }], hsCode: '4421999090', attributes: { material: 'plastic', size: '10 cm', color: 'black' } })).toEqual([]);
  });

  it('a medical claim on goods that are neither food nor cosmetics is left to other rules', () => {
    const box: ListingInput = { ...clean, hsCode: '4421999090', attributes: { material: '桦木', size: '30 cm', color: '原木色' }, texts: [{ lang: 'zh', title: '新宾参坊 桦木收纳盒 三格 可治疗桌面杂乱', description: '桦木实木，三格，30×20×12厘米，木蜡油涂饰。' }] };
    expect(codes(box)).toEqual([]);
  });

  it('a brand the store owns is not flagged; the brand field protects its own special characters', () => {
    expect(codes({ ...amazon, brand: 'Dyson', texts: [{ lang: 'en', title: 'Dyson Ginseng Dried Forest-Grown Roots 250 g, Whole', description: amazon.texts[0]!.description }] })).toEqual([]);
    expect(codes({ ...amazon, brand: 'Yes!Ginseng', texts: [{ lang: 'en', title: 'Yes!Ginseng Dried Forest-Grown Roots 250 g, Whole', description: amazon.texts[0]!.description }] })).toEqual([]);
  });
});

describe('the score', () => {
  it('an error zeroes its dimension; warnings take their penalties; dimensions add up', () => {
    const r = reviewListing({ ...clean, brand: null, images: [WHITE], texts: [{ lang: 'zh', title: '最好的新宾林下参干参250克', description: clean.texts[0]!.description }] });
    expect(r.breakdown.compliance).toEqual({ score: 0, max: 20 });
    expect(r.breakdown.images).toEqual({ score: 20 - FINDINGS.LISTING_IMAGE_FEW.penalty, max: 20 });
    expect(r.score).toBe(Object.values(r.breakdown).reduce((s, d) => s + d.score, 0));
    expect(r.score).toBe(100 - 20 - 5);
    expect(r.publishable).toBe(false);
  });

  it('never goes below zero in a dimension and sums to 100 at most', () => {
    expect(Object.values(DIMENSIONS).reduce((a, b) => a + b, 0)).toBe(100);
    const many = reviewListing({ ...clean, images: [{ width: 800, height: 800, whiteBackground: false }] });
    expect(many.breakdown.images.score).toBeGreaterThanOrEqual(0);
    expect(scoreFindings([]).score).toBe(100);
  });
});

describe('categories', () => {
  it.each([
    ['1211201000', 'food'], ['1901101010', 'food'], ['3304990099', 'cosmetics'], ['2204210000', 'alcohol'], ['4421999090', 'general'], ['9503008900', 'toys'],
  ])('%s is %s', (hs, category) => {
    expect(listingCategoryOf(HS_BY_CODE.get(hs), hs)).toBe(category);
  });
});

describe('findings ↔ lessons and dictionaries', () => {
  const content = loadContent(join(ROOT, 'content'));
  const lessons = new Set(content.lessons.map((l) => `${l.course}/${l.slug}`));

  it('every finding names a lesson that exists', () => {
    expect(LISTING_CODES.filter((c) => !lessons.has(FINDINGS[c].lesson))).toEqual([]);
  });

  it('every finding has its text in Chinese and English', () => {
    const missing = LISTING_CODES.filter((c) => !(`listing.finding.${c}` in zh) || !en[`listing.finding.${c}`]);
    expect(missing).toEqual([]);
  });
});
