/**
 * The listing review: one product listing (its texts per language, HS code, price, brand, category
 * attributes and image metadata) checked against the rules of the platform it targets
 * (`rules.ts`). Pure and deterministic: the same listing always gets the same findings and score.
 *
 * Findings carry a stable code (`LISTING_…`, never renamed), a severity, the dimension of the score
 * they belong to, the lesson that explains them and the message's values; their text is
 * `listing.finding.<CODE>` in the dictionaries (src/i18n/areas/listing.ts).
 *
 * Quality score, 0–100, the sum of five dimensions:
 *   title 30 · description 10 · attributes 20 · images 20 · compliance 20.
 * A dimension with an error finding scores 0; otherwise it scores its maximum minus the penalties
 * of its warnings (FINDINGS[code].penalty, each counted once per finding), never below 0. A listing
 * with no findings scores 100. `publishable` is true exactly when no finding is an error.
 */
import { HS_BY_CODE } from '#sandbox';
import type { BusinessModel, ListingPlatform, StoreLanguage } from '../db/schema-sandbox.ts';
import {
  ABSOLUTE_CLAIMS,
  AMAZON_MAX_WORD_REPEATS,
  AMAZON_SPECIAL_CHARS,
  CATEGORY_ATTRIBUTES,
  DESCRIPTION_MIN_CHARS,
  HEALTH_CLAIM_CATEGORIES,
  IMAGE_MIN_PX,
  IMAGE_RECOMMENDED_COUNT,
  IMAGE_ZOOM_PX,
  IMPORT_MODELS,
  KNOWN_BRANDS,
  listingCategoryOf,
  MEDICAL_CLAIMS,
  PLATFORM_PROHIBITED,
  PLATFORMS,
  PRICE_IN_TITLE,
  PROMO_PHRASES,
  REPEAT_EXEMPT_WORDS,
  TITLE_MIN_CHARS,
  type ListingCategory,
} from './rules.ts';

export const DIMENSIONS = { title: 30, description: 10, attributes: 20, images: 20, compliance: 20 } as const;
export type Dimension = keyof typeof DIMENSIONS;
export type Severity = 'error' | 'warning';

/** Lessons the findings point at (`<course>/<lesson>`; a test checks each exists). */
export const LISTING_LESSONS = {
  listing: 'marketplace-growth/02-listing-optimization',
  multilingual: 'store-operations/03-multilingual-listing',
  ip: 'store-operations/04-compliance-ip',
  positiveList: 'import-tax/04-positive-list',
  russia: 'marketplace-growth/08-russia-trade',
  platforms: 'store-operations/01-platform-rules',
} as const;

interface FindingDefinition {
  severity: Severity;
  dimension: Dimension;
  /** Points a warning takes off its dimension (errors zero the dimension). */
  penalty: number;
  lesson: string;
}

const L = LISTING_LESSONS;
const err = (dimension: Dimension, lesson: string): FindingDefinition => ({ severity: 'error', dimension, penalty: DIMENSIONS[dimension], lesson });
const warn = (dimension: Dimension, penalty: number, lesson: string): FindingDefinition => ({ severity: 'warning', dimension, penalty, lesson });

/** The catalogue of findings: stable codes. */
export const FINDINGS = {
  LISTING_LANGUAGE_MISSING: err('title', L.multilingual),
  LISTING_TITLE_TOO_LONG: err('title', L.listing),
  LISTING_TITLE_SPECIAL_CHARS: err('title', L.listing),
  LISTING_TITLE_REPEATED_WORD: err('title', L.listing),
  LISTING_PROMO_PHRASE: err('title', L.listing),
  LISTING_TITLE_TOO_SHORT: warn('title', 10, L.listing),
  LISTING_TITLE_ALL_CAPS: warn('title', 5, L.listing),
  LISTING_PRICE_IN_TITLE: warn('title', 5, L.listing),
  LISTING_DESCRIPTION_SHORT: warn('description', 5, L.multilingual),
  LISTING_ABSOLUTE_CLAIM: err('compliance', L.listing),
  LISTING_MEDICAL_CLAIM: err('compliance', L.listing),
  LISTING_BRAND_NOT_OWNED: err('compliance', L.ip),
  LISTING_NOT_ON_POSITIVE_LIST: err('compliance', L.positiveList),
  LISTING_PROHIBITED_ON_PLATFORM: err('compliance', L.russia),
  LISTING_PRICE_INVALID: err('compliance', L.platforms),
  LISTING_BRAND_MISSING: warn('compliance', 5, L.ip),
  LISTING_ATTRIBUTE_MISSING: err('attributes', L.listing),
  LISTING_ATTRIBUTE_RECOMMENDED: warn('attributes', 5, L.listing),
  LISTING_IMAGE_MISSING: err('images', L.listing),
  LISTING_IMAGE_NOT_WHITE: err('images', L.listing),
  LISTING_IMAGE_TOO_SMALL: err('images', L.listing),
  LISTING_IMAGE_BACKGROUND: warn('images', 5, L.listing),
  LISTING_IMAGE_NO_ZOOM: warn('images', 5, L.listing),
  LISTING_IMAGE_FEW: warn('images', 5, L.listing),
} as const satisfies Record<string, FindingDefinition>;

export type ListingCode = keyof typeof FINDINGS;
export const LISTING_CODES = Object.keys(FINDINGS) as ListingCode[];

export interface Finding {
  code: ListingCode;
  severity: Severity;
  dimension: Dimension;
  /** `<course>/<lesson>` that explains the rule. */
  lesson: string;
  /** Dictionary key of the message (`{placeholders}` filled from `vars`). */
  messageKey: `listing.finding.${ListingCode}`;
  vars: Readonly<Record<string, string | number>>;
  /** The text's language, for findings on one language's title or description. */
  lang?: StoreLanguage;
  /** The form field the learner fixes: `title_en`, `description_ru`, `attr_netContent`, `brand`, `images`, `hsCode`, `platform`, `price`. */
  field: string;
}

export interface ListingImage {
  width: number;
  height: number;
  /** Whether the background is pure white (RGB 255,255,255). */
  whiteBackground: boolean;
}

export interface ListingText {
  lang: StoreLanguage;
  title: string;
  description: string;
}

export interface ListingInput {
  platform: ListingPlatform;
  /** The store's business model (import models must sell goods of the positive list). */
  businessModel: BusinessModel;
  hsCode: string;
  priceFen: number;
  /** The brand the store owns or is authorised for; null: unbranded. */
  brand: string | null;
  attributes: Readonly<Record<string, string>>;
  /** Main image first. */
  images: readonly ListingImage[];
  texts: readonly ListingText[];
}

export type Breakdown = Record<Dimension, { score: number; max: number }>;

export interface ListingReview {
  score: number;
  breakdown: Breakdown;
  findings: Finding[];
  publishable: boolean;
  category: ListingCategory;
}

function finding(code: ListingCode, field: string, vars: Record<string, string | number> = {}, lang?: StoreLanguage): Finding {
  const d = FINDINGS[code];
  return { code, severity: d.severity, dimension: d.dimension, lesson: d.lesson, messageKey: `listing.finding.${code}`, vars, field, ...(lang ? { lang } : {}) };
}

const isCjk = (lang: StoreLanguage): boolean => lang === 'zh' || lang === 'ja' || lang === 'ko';
/** Length in characters as platforms count them (code points, not UTF-16 units). */
const charCount = (s: string): number => [...s].length;

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `alias` occurs in `text`: CJK aliases as substrings, Latin ones as whole words. */
function mentions(text: string, alias: string): boolean {
  if (/\p{Script=Han}/u.test(alias)) return text.includes(alias);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const normalizeBrand = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function titleFindings(input: ListingInput, t: ListingText): Finding[] {
  const profile = PLATFORMS[input.platform];
  const out: Finding[] = [];
  const field = `title_${t.lang}`;
  const length = charCount(t.title);
  if (length > profile.titleMax.chars) out.push(finding('LISTING_TITLE_TOO_LONG', field, { length, max: profile.titleMax.chars }, t.lang));
  const min = TITLE_MIN_CHARS[isCjk(t.lang) ? 'cjk' : 'other'];
  if (length < min) out.push(finding('LISTING_TITLE_TOO_SHORT', field, { length, min }, t.lang));
  if (profile.amazonTitleFormat) {
    const chars = AMAZON_SPECIAL_CHARS.filter((c) => t.title.includes(c) && !(input.brand ?? '').includes(c));
    if (chars.length > 0) out.push(finding('LISTING_TITLE_SPECIAL_CHARS', field, { chars: chars.join(' ') }, t.lang));
    const counts = new Map<string, number>();
    for (const w of t.title.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
      if (!REPEAT_EXEMPT_WORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const repeated = [...counts].find(([, n]) => n > AMAZON_MAX_WORD_REPEATS);
    if (repeated) out.push(finding('LISTING_TITLE_REPEATED_WORD', field, { word: repeated[0], n: repeated[1], max: AMAZON_MAX_WORD_REPEATS }, t.lang));
  }
  const brandWords = new Set((input.brand ?? '').split(/\s+/).filter(Boolean));
  const shouting = (t.title.match(/\b\p{Lu}{4,}\b/gu) ?? []).find((w) => !brandWords.has(w));
  if (shouting) out.push(finding('LISTING_TITLE_ALL_CAPS', field, { word: shouting }, t.lang));
  if (profile.promoPhrasesForbidden) {
    const promo = firstMatch(t.title, PROMO_PHRASES);
    if (promo) out.push(finding('LISTING_PROMO_PHRASE', field, { term: promo }, t.lang));
  }
  if (PRICE_IN_TITLE.test(t.title)) out.push(finding('LISTING_PRICE_IN_TITLE', field, {}, t.lang));
  return out;
}

function claimFindings(input: ListingInput, t: ListingText, category: ListingCategory): Finding[] {
  const out: Finding[] = [];
  for (const [part, text] of [['title', t.title], ['description', t.description]] as const) {
    const field = `${part}_${t.lang}`;
    const absolute = firstMatch(text, ABSOLUTE_CLAIMS);
    if (absolute) out.push(finding('LISTING_ABSOLUTE_CLAIM', field, { term: absolute }, t.lang));
    if (HEALTH_CLAIM_CATEGORIES.has(category)) {
      const medical = firstMatch(text, MEDICAL_CLAIMS);
      if (medical) out.push(finding('LISTING_MEDICAL_CLAIM', field, { term: medical }, t.lang));
    }
    const own = input.brand ? normalizeBrand(input.brand) : null;
    const borrowed = KNOWN_BRANDS.find((b) => b.aliases.some((a) => mentions(text, a)) && own !== normalizeBrand(b.name) && !b.aliases.some((a) => normalizeBrand(a) === own));
    if (borrowed) out.push(finding('LISTING_BRAND_NOT_OWNED', field, { brand: borrowed.name }, t.lang));
  }
  return out;
}

function imageFindings(input: ListingInput): Finding[] {
  const images = input.images;
  const main = images[0];
  if (!main) return [finding('LISTING_IMAGE_MISSING', 'images')];
  const out: Finding[] = [];
  if (!main.whiteBackground) out.push(finding(PLATFORMS[input.platform].whiteMainImageRequired ? 'LISTING_IMAGE_NOT_WHITE' : 'LISTING_IMAGE_BACKGROUND', 'images'));
  const small = images.findIndex((im) => Math.max(im.width, im.height) < IMAGE_MIN_PX);
  if (small >= 0) out.push(finding('LISTING_IMAGE_TOO_SMALL', 'images', { n: small + 1, min: IMAGE_MIN_PX }));
  else if (Math.max(main.width, main.height) < IMAGE_ZOOM_PX) out.push(finding('LISTING_IMAGE_NO_ZOOM', 'images', { zoom: IMAGE_ZOOM_PX }));
  if (images.length < IMAGE_RECOMMENDED_COUNT) out.push(finding('LISTING_IMAGE_FEW', 'images', { n: images.length, min: IMAGE_RECOMMENDED_COUNT }));
  return out;
}

/** Scores the findings (see the module header for the formula). */
export function scoreFindings(findings: readonly Finding[]): { score: number; breakdown: Breakdown } {
  const breakdown = {} as Breakdown;
  for (const [dim, max] of Object.entries(DIMENSIONS) as Array<[Dimension, number]>) {
    const mine = findings.filter((f) => f.dimension === dim);
    const score = mine.some((f) => f.severity === 'error') ? 0 : Math.max(0, max - mine.reduce((sum, f) => sum + FINDINGS[f.code].penalty, 0));
    breakdown[dim] = { score, max };
  }
  return { score: Object.values(breakdown).reduce((s, d) => s + d.score, 0), breakdown };
}

/** Reviews one listing for its platform: findings in a stable order, the score and whether it may be published. */
export function reviewListing(input: ListingInput): ListingReview {
  const hs = HS_BY_CODE.get(input.hsCode);
  const category = listingCategoryOf(hs, input.hsCode);
  const profile = PLATFORMS[input.platform];
  const texts = input.texts.filter((t) => t.title.trim() !== '');
  const findings: Finding[] = [];

  for (const lang of profile.requiredLanguages) {
    if (!texts.some((t) => t.lang === lang)) findings.push(finding('LISTING_LANGUAGE_MISSING', `title_${lang}`, { lang }, lang));
  }
  for (const t of texts) {
    findings.push(...titleFindings(input, t));
    const min = DESCRIPTION_MIN_CHARS[isCjk(t.lang) ? 'cjk' : 'other'];
    const length = charCount(t.description.trim());
    if (length < min) findings.push(finding('LISTING_DESCRIPTION_SHORT', `description_${t.lang}`, { length, min }, t.lang));
    findings.push(...claimFindings(input, t, category));
  }

  if (IMPORT_MODELS.has(input.businessModel) && hs && !hs.positiveList) findings.push(finding('LISTING_NOT_ON_POSITIVE_LIST', 'hsCode', { hs: input.hsCode }));
  if (PLATFORM_PROHIBITED[input.platform]?.includes(category)) findings.push(finding('LISTING_PROHIBITED_ON_PLATFORM', 'platform', { category }));
  if (!Number.isSafeInteger(input.priceFen) || input.priceFen <= 0) findings.push(finding('LISTING_PRICE_INVALID', 'price'));
  if ((input.brand ?? '').trim() === '') findings.push(finding('LISTING_BRAND_MISSING', 'brand'));

  const attrs = CATEGORY_ATTRIBUTES[category];
  const has = (k: string): boolean => (input.attributes[k] ?? '').trim() !== '';
  for (const key of attrs.required) if (!has(key)) findings.push(finding('LISTING_ATTRIBUTE_MISSING', `attr_${key}`, { attribute: key }));
  for (const key of attrs.recommended) if (!has(key)) findings.push(finding('LISTING_ATTRIBUTE_RECOMMENDED', `attr_${key}`, { attribute: key }));

  findings.push(...imageFindings(input));

  const { score, breakdown } = scoreFindings(findings);
  return { score, breakdown, findings, publishable: !findings.some((f) => f.severity === 'error'), category };
}
