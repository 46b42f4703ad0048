/**
 * The declaration sandbox: learners' simulated stores and products, market
 * days that bring orders, declarations with every message and receipt, the
 * status timeline (including the regulator's decisions), scenario attempts
 * and each learner's training signing key. Money in integer fen, weights in
 * grams, times in UTC. The actor columns added after the tables (`created_by`,
 * `run_by`, and `replied_by` of buyer messages) hold a users.id without a
 * foreign key: SQLite adds a column's reference without its ON DELETE rule.
 */
import { sqliteTable, text, integer, primaryKey, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

/** Business models a store can run, with the supervision mode each declares under. */
export const BUSINESS_MODELS = ['export-9610', 'import-1210', 'import-9610', 'export-9710', 'export-9810'] as const;
export type BusinessModel = (typeof BUSINESS_MODELS)[number];
export const STOCK_LOCATIONS = ['domestic', 'bonded-centre', 'overseas-warehouse'] as const;
export const STORE_LANGUAGES = ['zh', 'en', 'ru', 'ko', 'ja'] as const;
export type StoreLanguage = (typeof STORE_LANGUAGES)[number];
/** The marketplace a product listing is written for (its rules: src/lib/listing/rules.ts). */
export const LISTING_PLATFORMS = ['own-site', 'amazon', 'ozon', 'wildberries'] as const;
export type ListingPlatform = (typeof LISTING_PLATFORMS)[number];

export const stores = sqliteTable(
  'sandbox_stores',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** URL slug of the public storefront. */
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    businessModel: text('business_model', { enum: BUSINESS_MODELS }).notNull(),
    /** Simulated 10-character customs codes of the e-commerce enterprise and platform. */
    ebcCode: text('ebc_code').notNull(),
    ebcName: text('ebc_name').notNull(),
    ebpCode: text('ebp_code').notNull(),
    ebpName: text('ebp_name').notNull(),
    /** Customs credit tier (engine's tier ids), drives the risk step. */
    creditTier: text('credit_tier').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sandbox_stores_owner_idx').on(t.ownerId)],
);

export const products = sqliteTable(
  'sandbox_products',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    /** 10-digit HS code from the engine's table. */
    hsCode: text('hs_code').notNull(),
    priceFen: integer('price_fen').notNull(),
    /** Customs currency code, e.g. 142 (CNY). */
    currency: text('currency').notNull(),
    grossWeightG: integer('gross_weight_g').notNull(),
    netWeightG: integer('net_weight_g').notNull(),
    /** Country of origin, customs country code. */
    originCountry: text('origin_country').notNull(),
    /** Legal unit code, e.g. 007 (个). */
    unit: text('unit').notNull(),
    /** Specification and model (规格型号), e.g. "50ml/瓶". */
    spec: text('spec').notNull().default(''),
    stockLocation: text('stock_location', { enum: STOCK_LOCATIONS }).notNull(),
    /** 1210: the bonded account-book item number (账册项号). */
    itemRecordNo: text('item_record_no'),
    /** The marketplace the listing is written for; the listing review applies its rules. */
    platform: text('platform', { enum: LISTING_PLATFORMS }).notNull().default('own-site'),
    /** The brand the store owns or is authorised to sell under; null: unbranded. */
    brand: text('brand'),
    /** JSON object: category attributes (src/lib/listing/rules.ts ATTRIBUTE_KEYS → value). */
    attributes: text('attributes').notNull().default('{}'),
    /** JSON array: image metadata, main image first ({ width, height, whiteBackground } in pixels). */
    images: text('images').notNull().default('[]'),
    /** When the listing was published to the public storefront; null: not published. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    /** The user (users.id) who added it, a team store has several; null on rows from before it was recorded: the owner's. */
    createdBy: text('created_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('sandbox_products_sku_idx').on(t.storeId, t.sku)],
);

/** A product's title and description in one storefront language. */
export const productTexts = sqliteTable(
  'sandbox_product_texts',
  {
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    lang: text('lang', { enum: STORE_LANGUAGES }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.lang] })],
);

/** One run of "market day": the seed and date make it reproducible. */
export const marketDays = sqliteTable('sandbox_market_days', {
  id: text('id').primaryKey(),
  storeId: text('store_id')
    .notNull()
    .references(() => stores.id, { onDelete: 'cascade' }),
  seed: integer('seed').notNull(),
  /** The simulated business date (YYYY-MM-DD), the "as of" date of its rules. */
  asOf: text('as_of').notNull(),
  orderCount: integer('order_count').notNull(),
  /** The user (users.id) who ran it; null on rows from before it was recorded: the owner's. */
  runBy: text('run_by'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** `split`, `cancelled`, `general-trade`: the store took the order out of CBEC (src/lib/workbench/order-actions.ts). */
export const ORDER_STATUSES = ['open', 'declared', 'review', 'released', 'rejected', 'split', 'cancelled', 'general-trade'] as const;
/** Where an order came from: a market day's simulated buyers, or a visitor who bought on the public storefront. */
export const ORDER_SOURCES = ['market-day', 'storefront'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

export const storeOrders = sqliteTable(
  'sandbox_orders',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    marketDayId: text('market_day_id').references(() => marketDays.id, { onDelete: 'cascade' }),
    orderNo: text('order_no').notNull(),
    /** JSON: the buyer (name, ID type and number, phone, country, address, annual history for import). */
    buyer: text('buyer').notNull(),
    /** JSON: order lines (productId, sku, hsCode, qty, priceFen). */
    lines: text('lines').notNull(),
    goodsFen: integer('goods_fen').notNull(),
    freightFen: integer('freight_fen').notNull(),
    /** The rule this order was designed to break, if any (an engine error code), for instructors. */
    trap: text('trap'),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('open'),
    source: text('source', { enum: ORDER_SOURCES }).notNull().default('market-day'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('sandbox_orders_no_idx').on(t.storeId, t.orderNo)],
);

export const DECLARATION_STATUSES = ['accepted', 'review', 'inspection', 'released', 'cleared', 'rejected'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const declarations = sqliteTable(
  'sandbox_declarations',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    storeId: text('store_id').references(() => stores.id, { onDelete: 'cascade' }),
    orderId: text('order_id').references(() => storeOrders.id, { onDelete: 'set null' }),
    scenarioId: text('scenario_id'),
    /** What was declared: import-set, export-set, arrival, departure, summary, return. */
    kind: text('kind').notNull(),
    status: text('status', { enum: DECLARATION_STATUSES }).notNull(),
    /** 1 for the first submission of this order or scenario, then 2, 3… after corrections. */
    attempt: integer('attempt').notNull(),
    /** JSON: the engine's findings (codes, paths, positions). */
    findings: text('findings').notNull(),
    /** JSON: tax bills (CEB816) of released import lists, in fen. */
    taxBills: text('tax_bills'),
    asOf: text('as_of').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // status then attempt: the regulator's aggregates count from the index alone.
  (t) => [index('sandbox_declarations_user_idx').on(t.userId), index('sandbox_declarations_status_idx').on(t.status, t.attempt), index('sandbox_declarations_store_idx').on(t.storeId)],
);

/** Every message the learner sent and every receipt customs returned, in order. */
export const declarationMessages = sqliteTable(
  'sandbox_declaration_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    declarationId: text('declaration_id')
      .notNull()
      .references(() => declarations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** CEB311, CEB312, … */
    messageKind: text('message_kind').notNull(),
    direction: text('direction', { enum: ['sent', 'receipt'] }).notNull(),
    xml: text('xml').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sandbox_decl_messages_idx').on(t.declarationId, t.seq)],
);

/** The timeline: accepted → review/inspection → released → cleared, or rejected, with who and why. */
export const declarationEvents = sqliteTable(
  'sandbox_declaration_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    declarationId: text('declaration_id')
      .notNull()
      .references(() => declarations.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status', { enum: DECLARATION_STATUSES }).notNull(),
    /** Customs receipt status code (100, 120, 300, 399, 500, 800, 899). */
    receiptCode: text('receipt_code'),
    /** The regulator who decided, when a person did. */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
  },
  // with the status: "was it ever accepted?" is answered from the index alone.
  (t) => [index('sandbox_decl_events_idx').on(t.declarationId, t.status)],
);

/** A learner's attempt at a scenario from a lesson. */
export const scenarioAttempts = sqliteTable(
  'sandbox_scenario_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    /** The lesson whose SandboxTask opened it, `<course>/<lesson>`. */
    lessonId: text('lesson_id'),
    declarationId: text('declaration_id').references(() => declarations.id, { onDelete: 'set null' }),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    /** JSON array of the engine error codes found. */
    errorCodes: text('error_codes').notNull(),
    durationMs: integer('duration_ms'),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sandbox_scenario_attempts_idx').on(t.userId, t.scenarioId)],
);

/** Each learner's training signing key (a stand-in for the real SM2 certificate). */
export const trainingKeys = sqliteTable('sandbox_training_keys', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Hex-encoded 32 random bytes. */
  secret: text('secret').notNull(),
  /** Shown in the Signature's KeyName. */
  keyName: text('key_name').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export type Store = typeof stores.$inferSelect;
export type Product = typeof products.$inferSelect;
export type StoreOrder = typeof storeOrders.$inferSelect;
export type Declaration = typeof declarations.$inferSelect;
