/**
 * Zod schema of the operations scenarios (`content/scenarios/<id>/scenario.yaml` with a `kind`):
 * `listing` (fix a listing until the listing review passes it), `reply` (answer a buyer message,
 * graded by the buyer-message rubric) and `pricing` (price a product for a marketplace, graded by
 * `src/lib/pricing/`). A scenario.yaml without `kind` is a customs scenario (`schema.ts`), unchanged.
 * The learner's answer is a set of form fields; `start` prefills them, `solution` is the reference.
 */
import { z } from 'zod';
import { BUSINESS_MODELS, LISTING_PLATFORMS, STORE_LANGUAGES } from '../db/schema-sandbox.ts';
import { LISTING_CODES, type ListingCode } from '../listing/review.ts';
import { ATTRIBUTE_KEYS } from '../listing/rules.ts';
import { MESSAGE_KINDS } from '../buyer-messages/cases.ts';
import { MESSAGE_LANGS } from '../buyer-messages/language.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const fen = z.number().int().min(0);
const bps = z.number().int().min(0).max(10_000);
const fields = z.record(z.string(), z.string());


const base = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: bilingual,
  summary: bilingual,
  instructions: bilingual,
  lesson: z.string().regex(/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/).optional(),
  /** Form fields the page starts from. */
  start: fields.default({}),
  /** The reference answer (form fields). */
  solution: fields,
};

const image = z.object({ width: z.number().int().positive(), height: z.number().int().positive(), whiteBackground: z.boolean() });
const listingCode = z.string().refine((c): c is ListingCode => (LISTING_CODES as readonly string[]).includes(c), { message: 'not a listing finding code' });

/** Fix a listing: the learner edits titles, descriptions and attributes (`title_<lang>`, `description_<lang>`, `attr_<key>`). */
export const listingScenarioSchema = z.object({
  ...base,
  kind: z.literal('listing'),
  listing: z.object({
    platform: z.enum(LISTING_PLATFORMS),
    businessModel: z.enum(BUSINESS_MODELS),
    hsCode: z.string().regex(/^\d{10}$/),
    priceFen: fen,
    brand: z.string().min(1).nullable(),
    images: z.array(image),
    /** Languages the form offers a title and description for. */
    languages: z.array(z.enum(STORE_LANGUAGES)).min(1),
    /** The product's data sheet shown to the learner; a value is in `lang`, else in the listing's first language. */
    facts: z.array(z.object({ label: bilingual, value: z.string().min(1), lang: z.enum(STORE_LANGUAGES).optional() })).default([]),
  }),
  /** Codes the starting listing produces; none may remain. */
  expectedCodes: z.array(listingCode).min(1),
  criteria: z.object({
    /** Lowest quality score that passes (the review's 0–100). */
    minScore: z.number().int().min(0).max(100),
    /** Words each language's title must keep (case-insensitive), so the product stays the product. */
    titleMustInclude: z.partialRecord(z.enum(STORE_LANGUAGES), z.array(z.string().min(1))).default({}),
    /** Attribute values that must be stated (case-insensitive substring of the data sheet's value). */
    attributes: z.partialRecord(z.enum(ATTRIBUTE_KEYS), z.string().min(1)).default({}),
  }),
});

/** Reply to a buyer: one field, `reply`. */
export const replyScenarioSchema = z.object({
  ...base,
  kind: z.literal('reply'),
  message: z.object({
    kind: z.enum(MESSAGE_KINDS),
    lang: z.enum(MESSAGE_LANGS),
    buyerName: z.string().min(1),
    orderNo: z.string().min(1).nullable(),
    body: z.string().min(1),
    /** Market-day hours between the message and the reply (the scenario's clock). */
    responseHours: z.number().min(0),
  }),
  /** What the seller knows (stock, tracking, what went wrong), shown beside the message. */
  context: bilingual,
  criteria: z.object({ minScore: z.number().int().min(0).max(100) }),
});

/** Price a product: one field, `price`, in the listing currency. */
export const pricingScenarioSchema = z.object({
  ...base,
  kind: z.literal('pricing'),
  market: z.object({
    platform: bilingual,
    country: bilingual,
    /** ISO currency of the shelf price. */
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** Fen per unit of the currency (the scenario's exchange rate, a teaching assumption). */
    fenPerUnit: z.number().int().positive(),
  }),
  costs: z.object({
    unitCostFen: fen,
    freightFen: fen,
    fulfilmentFen: fen,
    otherFen: fen.default(0),
    commissionBps: bps,
    vatBps: bps.default(0),
    dutyFixedFen: fen.default(0),
    dutyRateBps: bps.default(0),
    dutyBaseFen: fen.default(0),
  }),
  criteria: z.object({
    /** Target margin on the net price, basis points. */
    targetMarginBps: bps,
    /** Prices end in this many minor units (99 → x.99) on a grid of `step`. */
    ending: z.number().int().min(0).max(99),
    step: z.number().int().positive().default(100),
    /** Highest price the market bears (competing listings), minor units. */
    maxPriceMinor: z.number().int().positive(),
  }),
});

export const opsScenarioSchema = z.discriminatedUnion('kind', [listingScenarioSchema, replyScenarioSchema, pricingScenarioSchema]);

export type ListingScenario = z.output<typeof listingScenarioSchema>;
export type ReplyScenario = z.output<typeof replyScenarioSchema>;
export type PricingScenario = z.output<typeof pricingScenarioSchema>;
export type OpsScenario = z.output<typeof opsScenarioSchema>;
