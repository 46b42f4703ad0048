/**
 * The rule data of the listing review: each platform's text and image limits, the word lists
 * (absolute claims, medical claims, promotional phrases, well-known brands), the listing category
 * of an HS code and the attributes each category needs. Data only; `review.ts` applies it.
 *
 * Every parameter carries its evidence, as the customs rule pack does: `V` taken from the cited
 * source, `D` a sandbox (teaching) assumption stated as such, `U` reported by secondary sources and
 * to be checked against the platform's current seller centre before it is taught as fact.
 */
import type { HsLine } from '#sandbox';
import type { BusinessModel, ListingPlatform, StoreLanguage } from '../db/schema-sandbox.ts';

export type Evidence = 'V' | 'D' | 'U';

export interface PlatformProfile {
  /** Longest title in characters (spaces included). */
  titleMax: { chars: number; evidence: Evidence; source: string };
  /** The languages a listing on the platform must have a title in. */
  requiredLanguages: readonly StoreLanguage[];
  /** Amazon's title format rules: no special characters, no word more than twice. */
  amazonTitleFormat: boolean;
  /** Whether a main image on a non-white background blocks publishing (else it lowers the score). */
  whiteMainImageRequired: boolean;
  /** Whether promotional phrases in the title block publishing. */
  promoPhrasesForbidden: boolean;
}

const AMAZON_TITLES = 'Amazon Seller Central, product title requirements (from January 2025, most categories)';

export const PLATFORMS: Readonly<Record<ListingPlatform, PlatformProfile>> = {
  // The sandbox's own storefront (抚顺跨境实训电商平台) stands for an own site: the interface caps a
  // title at 100 characters, and Chinese advertising law applies to what it shows in China.
  'own-site': { titleMax: { chars: 100, evidence: 'D', source: 'sandbox storefront limit' }, requiredLanguages: ['zh'], amazonTitleFormat: false, whiteMainImageRequired: false, promoPhrasesForbidden: false },
  amazon: { titleMax: { chars: 200, evidence: 'V', source: AMAZON_TITLES }, requiredLanguages: ['en'], amazonTitleFormat: true, whiteMainImageRequired: true, promoPhrasesForbidden: true },
  ozon: { titleMax: { chars: 255, evidence: 'U', source: 'Ozon product card requirements as summarised by seller tools (name field, 255 characters)' }, requiredLanguages: ['ru'], amazonTitleFormat: false, whiteMainImageRequired: false, promoPhrasesForbidden: true },
  wildberries: { titleMax: { chars: 60, evidence: 'U', source: 'Wildberries card rules as reported by seller guides (name field, 60 characters)' }, requiredLanguages: ['ru'], amazonTitleFormat: false, whiteMainImageRequired: false, promoPhrasesForbidden: true },
};

/** Titles shorter than this (characters; Chinese, Japanese and Korean count per character) say too little to be found: D. */
export const TITLE_MIN_CHARS: Readonly<Record<'cjk' | 'other', number>> = { cjk: 8, other: 20 };
/** Descriptions shorter than this lower the score: D. */
export const DESCRIPTION_MIN_CHARS: Readonly<Record<'cjk' | 'other', number>> = { cjk: 15, other: 40 };

/** Amazon: characters titles may not contain unless part of the brand name (V, AMAZON_TITLES). */
export const AMAZON_SPECIAL_CHARS = ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'] as const;
/** Amazon: a word may appear at most twice in a title; these short words are exempt (V, AMAZON_TITLES). */
export const AMAZON_MAX_WORD_REPEATS = 2;
export const REPEAT_EXEMPT_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'as', 'into', 'over', 'under']);

/**
 * Absolute claims. Advertising Law of the PRC (广告法, 2015, amended 2018 and 2021) art. 9(3) forbids
 * "国家级""最高级""最佳" and similar terms; enforcement treats "最…", "第一", "顶级", "销量冠军" alike
 * (V: art. 9(3); the lesson marketplace-growth/02 §4). Amazon forbids unsubstantiated "best seller" /
 * "#1" claims in listings (V: Seller Central listing policies, as the same lesson cites).
 */
export const ABSOLUTE_CLAIMS: readonly RegExp[] = [
  /最(?:好|佳|优|高级|高|低价|便宜|强|大|新|先进|受欢迎|畅销)/u,
  /第一(?!次|步|天|批|代|章|节|期)/u,
  /国家级|世界级|全球级|顶级|极品|销量冠军|全网第一|唯一/u,
  /\bbest\b(?![- ]before)/iu,
  /\b(?:no|nr)\.?\s?1\b|#1\b|\bnumber one\b|\btop[- ]rated\b/iu,
  /(?<![\p{L}])(?:лучш(?:ий|ая|ее|ие|его|ей)|самый|№\s?1)(?![\p{L}])/iu,
];

/**
 * Medical (disease) claims on cosmetics and foods. Advertising Law art. 17: ads other than for
 * medicines and medical devices may not claim to treat disease; Cosmetics Supervision and
 * Administration Regulation (化妆品监督管理条例, in force 2021-01-01) art. 37: no express or implied
 * medical effect on cosmetic labels (V, both as cited in marketplace-growth/02). Platforms treat
 * disease claims on non-drugs as unapproved drug claims (V, same lesson).
 */
export const MEDICAL_CLAIMS: readonly RegExp[] = [
  /治疗|治愈|根治|疗效|药效|消炎|抗癌|防癌|抗肿瘤|降血压|降血糖|降血脂|祛痘|生发|湿疹/u,
  /\b(?:cures?|cured|heals?|treats?)\b|\b(?:eczema|psoriasis|cancer|diabetes|hypertension|arthritis)\b/iu,
  /(?<![\p{L}])(?:лечит|лечение|излечивает|вылечивает|от рака|диабет\p{L}*)(?![\p{L}])/iu,
];

/** Promotional phrases titles may not carry (V for Amazon: AMAZON_TITLES; Ozon and Wildberries: U). */
export const PROMO_PHRASES: readonly RegExp[] = [
  /\bfree shipping\b|\b100% quality guaranteed\b|\bhot (?:sale|item)\b|\bsale\b|\bdiscount\b/iu,
  /包邮|促销|限时|特价|秒杀|清仓/u,
  /(?<![\p{L}])(?:скидка|распродажа|акция|бесплатная доставка)(?![\p{L}])/iu,
];

/** A price written into the title (Ozon and the Amazon style guide keep prices out of titles; warning only: D). */
export const PRICE_IN_TITLE = /[¥￥$€₽]\s?\d|\d\s?(?:元|块|руб|usd|rmb)\b|\d\s?(?:元|块)/iu;

export interface KnownBrand {
  /** The brand as owners register it. */
  name: string;
  /** How it is written in listings (matched case-insensitively; Latin names as whole words). */
  aliases: readonly string[];
}

/**
 * Well-known brands learners are most likely to borrow for traffic. Using someone else's brand in
 * a title or description, including "compatible with …"/"同款"/"平替" phrasing, is trademark use the
 * owner can take down (Trademark Law of the PRC art. 57; platforms' IP policies; lesson
 * store-operations/04). The list is a sample, not a register.
 */
export const KNOWN_BRANDS: readonly KnownBrand[] = [
  { name: 'Apple', aliases: ['apple', 'iphone', 'ipad', 'airpods'] },
  { name: 'Nike', aliases: ['nike', '耐克'] },
  { name: 'Adidas', aliases: ['adidas', '阿迪达斯'] },
  { name: 'Disney', aliases: ['disney', '迪士尼'] },
  { name: 'Chanel', aliases: ['chanel', '香奈儿'] },
  { name: 'Louis Vuitton', aliases: ['louis vuitton', '路易威登'] },
  { name: 'Gucci', aliases: ['gucci', '古驰'] },
  { name: 'LEGO', aliases: ['lego', '乐高'] },
  { name: 'Dyson', aliases: ['dyson', '戴森'] },
  { name: 'Sony', aliases: ['sony', '索尼'] },
  { name: 'Samsung', aliases: ['samsung', '三星'] },
  { name: 'Huawei', aliases: ['huawei', '华为'] },
  { name: 'Estée Lauder', aliases: ['estee lauder', 'estée lauder', '雅诗兰黛'] },
  { name: 'Lancôme', aliases: ['lancome', 'lancôme', '兰蔻'] },
  { name: 'SK-II', aliases: ['sk-ii', 'sk2'] },
  { name: "L'Oréal", aliases: ["l'oreal", "l'oréal", '欧莱雅'] },
  { name: 'Rolex', aliases: ['rolex', '劳力士'] },
  { name: 'Moutai', aliases: ['moutai', '茅台'] },
];

/** Listing categories: what a buyer and a platform expect a product card to state. */
export const LISTING_CATEGORIES = ['food', 'cosmetics', 'alcohol', 'apparel', 'electronics', 'watches', 'toys', 'books', 'general'] as const;
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];

/** The listing category of an HS line: from the engine's category, then the HS chapter. */
export function listingCategoryOf(hs: Pick<HsLine, 'hs' | 'category'> | undefined, hsCode: string): ListingCategory {
  const chapter = Number(hsCode.slice(0, 2));
  if (hs?.category === 'wine' || hsCode.startsWith('22')) return 'alcohol';
  if (hs?.category === 'cosmetics' || chapter === 33) return 'cosmetics';
  if (hs?.category === 'infant-formula' || hs?.category === 'food' || (chapter >= 1 && chapter <= 24)) return 'food';
  if (hs?.category === 'apparel' || chapter === 61 || chapter === 62) return 'apparel';
  if (hs?.category === 'electronics' || chapter === 84 || chapter === 85) return 'electronics';
  if (hs?.category === 'watches' || chapter === 91) return 'watches';
  if (chapter === 95) return 'toys';
  if (hs?.category === 'books' || chapter === 49) return 'books';
  return 'general';
}

/** Attribute keys a listing can carry (labels: `listing.attr.<key>` in the dictionaries). */
export const ATTRIBUTE_KEYS = ['netContent', 'ingredients', 'shelfLife', 'storage', 'material', 'size', 'color', 'voltage', 'ageRange', 'author'] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

/**
 * Required (missing → error) and recommended (missing → warning) attributes per category.
 * Required ones follow Chinese labelling standards the goods must carry anyway: prepackaged food
 * GB 7718-2011 §4.1 (ingredients, net content, shelf life, storage conditions); cosmetics 化妆品标签
 * 管理办法 (in force 2022-05-01: full ingredient list, net content, shelf life); textiles and
 * clothing GB/T 5296.4 (fibre content, size); toys GB 6675.1-2014 (warnings by age) (V for the label items). Ozon marks category
 * attributes mandatory for a card to go live (V: lesson marketplace-growth/02 table). The
 * recommended ones are a teaching assumption (D).
 */
export const CATEGORY_ATTRIBUTES: Readonly<Record<ListingCategory, { required: readonly AttributeKey[]; recommended: readonly AttributeKey[] }>> = {
  food: { required: ['netContent', 'ingredients', 'shelfLife', 'storage'], recommended: [] },
  alcohol: { required: ['netContent', 'ingredients', 'shelfLife'], recommended: ['storage'] },
  cosmetics: { required: ['netContent', 'ingredients', 'shelfLife'], recommended: [] },
  apparel: { required: ['material', 'size'], recommended: ['color'] },
  electronics: { required: ['voltage'], recommended: ['material', 'size'] },
  watches: { required: ['material'], recommended: ['size', 'color'] },
  toys: { required: ['ageRange', 'material'], recommended: ['size'] },
  books: { required: ['author'], recommended: [] },
  general: { required: ['material'], recommended: ['size', 'color'] },
};

/** Categories whose listings may make no disease claims (Advertising Law art. 17; Cosmetics Regulation art. 37). */
export const HEALTH_CLAIM_CATEGORIES: ReadonlySet<ListingCategory> = new Set(['food', 'cosmetics', 'alcohol']);

/**
 * Remote (online) retail sale of alcoholic products is prohibited in Russia (Federal Law 171-FZ,
 * art. 16), so Ozon and Wildberries do not list alcohol (V for the law).
 */
export const PLATFORM_PROHIBITED: Readonly<Partial<Record<ListingPlatform, readonly ListingCategory[]>>> = {
  ozon: ['alcohol'],
  wildberries: ['alcohol'],
};

/** Import business models: their goods must be on the CBEC retail import positive list (跨境电子商务零售进口商品清单). */
export const IMPORT_MODELS: ReadonlySet<BusinessModel> = new Set(['import-1210', 'import-9610']);

/**
 * Image sizes in pixels on the longest side. Amazon: main image at least 1000 px for zoom, 500 px the
 * minimum accepted; pure white (RGB 255,255,255) main background (V: Seller Central product image
 * requirements, as cited in marketplace-growth/02). Other platforms: the same sizes as a teaching
 * assumption (D). Fewer than 3 images leave out size, detail or use (D).
 */
export const IMAGE_MIN_PX = 500;
export const IMAGE_ZOOM_PX = 1000;
export const IMAGE_RECOMMENDED_COUNT = 3;
export const IMAGE_MAX_COUNT = 9;
