/**
 * "Market day": the orders a simulated store receives on one business date, generated
 * deterministically from a seed and that date (the engine's mulberry32 PRNG; no clock, no
 * Math.random). Same store model + same products + same seed + same date → the same orders, so
 * every learner can practise the same situations and an instructor can reproduce one.
 *
 * Some orders are designed to break a rule (`trap` = the engine error code they trigger): over the
 * single-transaction limit, over the buyer's annual limit (a purchase history, the ledger), a
 * waybill addressed to someone else, a payment by another person, a mistyped ID number, goods not
 * on the positive list… The declaration drafts (drafts.ts) carry the trap so the learner finds it.
 *
 * Market days respond to operations (`operations` given; without it a day is exactly as before):
 * the day's base order count (4–8, the same draw) is scaled by one demand index
 *
 *   demand = mean over products of (qualityFactor × priceFactor) × healthFactor
 *   qualityFactor = 0.6 + 0.8 × listing quality / 100        (0.6 … 1.4; 50 is neutral)
 *   priceFactor   = clamp(reference price / price, 0.3, 1.3)  (unit price elasticity)
 *   healthFactor  = 0.5 + 0.5 × account health / 100          (0.5 … 1.0)
 *
 * orders = clamp(round(base × demand), 1, 2 × base). Extra orders continue the same random stream
 * (the first orders never change); fewer orders drop ordinary orders from the end, never a designed
 * trap and never the first ordinary order. Then stock: an ordinary order whose lines the remaining
 * stock cannot fill is lost (`lostToStock`), and the product counts as short that day. The reference
 * price (referencePriceFen) is a teaching assumption per HS category, per net kilogram for goods sold
 * by weight and per piece otherwise. Returns and messages follow from the orders through
 * src/lib/buyer-messages/generate.ts (its header gives the probabilities).
 */
import { COUNTRIES, DEFAULT_RULE_PACK, HS_BY_CODE, mulberry32, resolve } from '#sandbox';
import type { BusinessModel } from '../db/schema-sandbox.ts';
import { isReturn } from '../buyer-messages/cases.ts';
import { generateBuyerMessages, type GeneratedMessage } from '../buyer-messages/generate.ts';
import type { MessageLang } from '../buyer-messages/language.ts';
import { isImportModel, modeOf } from './business-models.ts';

export interface MarketProduct {
  id: string;
  sku: string;
  hsCode: string;
  priceFen: number;
  grossWeightG: number;
  netWeightG: number;
}

export interface LedgerPurchase {
  /** YYYY-MM-DD */
  date: string;
  amountFen: number;
}

/** Details the draft needs to reproduce what happened with this order (the trap, if any). */
export interface OrderQuirks {
  /** The parcel was sent to another address than the order's (MATCH_CONSIGNEE). */
  waybillAddress?: string;
  /** Someone else paid (MATCH_BUYER_PAYER). */
  payer?: { name: string; idNumber: string; phone: string };
  /** The export list was prepared as a simplified (A) list with 10-digit codes (POLICY_EXPORT_SIMPLIFIED_HS). */
  simplifiedFlag?: boolean;
  /** Net and gross weight were swapped on the list (ARITH_WEIGHT). */
  swappedWeights?: boolean;
}

export interface Buyer {
  name: string;
  /** Import: '1' (resident ID card); export buyers abroad carry no Chinese ID. */
  idType: '1' | '2';
  idNumber: string;
  phone: string;
  /** Customs country code of the buyer's address. */
  country: string;
  address: string;
  /** Import: the administrative district code (consigneeDistrict). */
  district?: string;
  /** Import: this calendar year's earlier cross-border purchases (the annual-limit ledger). */
  history: LedgerPurchase[];
  quirks: OrderQuirks;
}

export interface OrderLine {
  productId: string;
  sku: string;
  hsCode: string;
  qty: number;
  priceFen: number;
}

export interface GeneratedOrder {
  orderNo: string;
  buyer: Buyer;
  lines: OrderLine[];
  goodsFen: number;
  freightFen: number;
  /** The engine error code the order is designed (or bound) to trigger, or null. */
  trap: string | null;
}

export interface MarketDayInput {
  businessModel: BusinessModel;
  products: readonly MarketProduct[];
  seed: number;
  /** YYYY-MM-DD, the simulated business date. */
  asOf: string;
  /** How the store is run; without it the day is the plain seeded day. */
  operations?: MarketOperations | undefined;
}

export interface ProductOperations {
  /** Listing quality 0–100 (the listing review's score). */
  quality: number;
  /** Units in stock before the day. */
  stock: number;
}

export interface MarketOperations {
  /** Per product id. A product without an entry is neutral (quality 50) with unlimited stock. */
  products: ReadonlyMap<string, ProductOperations>;
  /** Account health 0–100 (src/lib/buyer-messages/health.ts). */
  health: number;
}

/** Reference prices per HS category (teaching assumptions): per net kilogram or per piece, in fen. */
export const REFERENCE_PRICES: Readonly<Record<string, { per: 'kg' | 'piece'; fen: number }>> = {
  'infant-formula': { per: 'kg', fen: 22_000 },
  food: { per: 'kg', fen: 12_000 },
  fushun: { per: 'kg', fen: 100_000 },
  cosmetics: { per: 'piece', fen: 25_000 },
  wine: { per: 'piece', fen: 20_000 },
  watches: { per: 'piece', fen: 150_000 },
  apparel: { per: 'piece', fen: 30_000 },
  electronics: { per: 'piece', fen: 80_000 },
  household: { per: 'piece', fen: 10_000 },
  books: { per: 'piece', fen: 8_000 },
};

/** The reference price of a product: its category's price per kilogram × net weight, or per piece. */
export function referencePriceFen(p: Pick<MarketProduct, 'hsCode' | 'netWeightG'>): number {
  const ref = REFERENCE_PRICES[HS_BY_CODE.get(p.hsCode)?.category ?? 'household'] ?? { per: 'piece', fen: 10_000 };
  return Math.max(100, ref.per === 'kg' ? Math.round((ref.fen * p.netWeightG) / 1000) : ref.fen);
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const NEUTRAL_QUALITY = 50;

/** The demand index of the module header. */
export function demandIndex(products: readonly MarketProduct[], ops: MarketOperations): number {
  if (products.length === 0) return 0;
  const perProduct = products.map((p) => {
    const quality = ops.products.get(p.id)?.quality ?? NEUTRAL_QUALITY;
    const qualityFactor = 0.6 + (0.8 * clamp(quality, 0, 100)) / 100;
    const priceFactor = clamp(referencePriceFen(p) / Math.max(1, p.priceFen), 0.3, 1.3);
    return qualityFactor * priceFactor;
  });
  return (perProduct.reduce((a, x) => a + x, 0) / perProduct.length) * (0.5 + (0.5 * clamp(ops.health, 0, 100)) / 100);
}

export const IMPORT_TRAPS = ['POLICY_SINGLE_LIMIT', 'POLICY_ANNUAL_LIMIT', 'MATCH_CONSIGNEE', 'MATCH_BUYER_PAYER', 'CODE_ID_NUMBER_INVALID'] as const;
export const EXPORT_9610_TRAPS = ['POLICY_EXPORT_SIMPLIFIED_HS', 'ARITH_WEIGHT'] as const;
export const EXPORT_B2B_TRAPS = ['POLICY_B2B_THRESHOLD', 'ARITH_WEIGHT'] as const;
/** Share of orders designed to break a rule. */
const TRAP_SHARE = 0.35;
/** 9710/9810 lists only up to RMB 5,000 (the rule the B2B trap breaks). */
const B2B_LIST_LIMIT_FEN = 500_000;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['丽', '强', '敏', '静', '伟', '芳', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '晓东', '雪梅', '子涵'];
const AREAS: ReadonlyArray<{ code: string; prefix: string; streets: readonly string[] }> = [
  { code: '210402', prefix: '辽宁省抚顺市新抚区', streets: ['东七路', '西一路', '裕民路', '站前街'] },
  { code: '210403', prefix: '辽宁省抚顺市东洲区', streets: ['新太路', '碾盘路', '东洲街'] },
  { code: '210411', prefix: '辽宁省抚顺市顺城区', streets: ['新华大街', '临江路', '将军街'] },
  { code: '210102', prefix: '辽宁省沈阳市和平区', streets: ['南京北街', '太原街', '十一纬路'] },
  { code: '210202', prefix: '辽宁省大连市中山区', streets: ['人民路', '中山路', '友好路'] },
  { code: '110105', prefix: '北京市朝阳区', streets: ['建国路', '望京街', '朝阳北路'] },
  { code: '310115', prefix: '上海市浦东新区', streets: ['世纪大道', '张杨路', '东方路'] },
  { code: '440305', prefix: '广东省深圳市南山区', streets: ['科技园路', '海德三道', '南海大道'] },
];
const FOREIGN_NAMES: Readonly<Record<string, readonly string[]>> = {
  '344': ['Ivan Petrov', 'Olga Smirnova', 'Dmitry Ivanov', 'Anna Kuznetsova'],
  '133': ['Kim Min-jun', 'Lee Seo-yeon', 'Park Ji-ho'],
  '116': ['Sato Haruto', 'Suzuki Yui', 'Takahashi Ren'],
  '502': ['Emily Johnson', 'Michael Brown', 'Sarah Davis'],
  '303': ['Oliver Smith', 'Amelia Jones'],
  '304': ['Lukas Müller', 'Mia Schmidt'],
};
const FOREIGN_CITIES: Readonly<Record<string, string>> = {
  '344': 'ul. Tverskaya 12, Moscow', '133': '45 Teheran-ro, Seoul', '116': '2-1 Shibuya, Tokyo', '502': '120 Main St, Seattle WA',
  '303': '8 Baker St, London', '304': 'Hauptstr. 5, Berlin',
};
/** Countries an export buyer may live in (every customs country but China, Taiwan and "unknown"). */
export const EXPORT_COUNTRIES: readonly string[] = COUNTRIES.filter((c) => !['142', '701', '143'].includes(c.code)).map((c) => c.code);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits of a resident ID number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '0';
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
function pickOf<T>(rng: Rng, items: readonly T[]): T {
  const v = items[Math.floor(rng() * items.length)];
  if (v === undefined) throw new RangeError('empty choice');
  return v;
}
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function domesticBuyer(rng: Rng, asOf: string): Buyer {
  const area = pickOf(rng, AREAS);
  const name = pickOf(rng, SURNAMES) + pickOf(rng, GIVEN);
  const birth = `${int(rng, 1970, 2003)}${pad(int(rng, 1, 12), 2)}${pad(int(rng, 1, 28), 2)}`;
  const first17 = `${area.code}${birth}${pad(int(rng, 1, 999), 3)}`;
  const phone = `1${pickOf(rng, ['39', '38', '58', '86', '51'])}${pad(int(rng, 0, 99_999_999), 8)}`;
  const address = `${area.prefix}${pickOf(rng, area.streets)}${int(rng, 1, 188)}号${int(rng, 1, 6)}单元${int(rng, 1, 18)}0${int(rng, 1, 4)}室`;
  const year = asOf.slice(0, 4);
  const dayOfYear = Math.max(1, Math.floor((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000));
  const history: LedgerPurchase[] = [];
  const n = int(rng, 0, 3);
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.parse(`${year}-01-01T00:00:00Z`) + int(rng, 0, dayOfYear - 1) * 86_400_000);
    history.push({ date: d.toISOString().slice(0, 10), amountFen: int(rng, 50, 1500) * 100 });
  }
  history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { name, idType: '1', idNumber: first17 + idCheckChar(first17), phone, country: '142', address, district: area.code, history, quirks: {} };
}

function foreignBuyer(rng: Rng): Buyer {
  const country = pickOf(rng, EXPORT_COUNTRIES);
  const names = FOREIGN_NAMES[country] ?? ['Alex Taylor', 'Sam Lee', 'Maria Garcia', 'Chris Martin'];
  const name = pickOf(rng, names);
  const address = FOREIGN_CITIES[country] ?? `${int(rng, 1, 200)} Harbour Road`;
  return { name, idType: '2', idNumber: `P${pad(int(rng, 0, 99_999_999), 8)}`, phone: `+${pad(int(rng, 1, 999_999_999), 9)}`, country, address, history: [], quirks: {} };
}

/** The rule an order breaks because of what it contains, whatever the seed (natural traps). */
function naturalTrap(model: BusinessModel, lines: readonly OrderLine[]): string | null {
  const mode = modeOf(model);
  for (const l of lines) {
    const hs = HS_BY_CODE.get(l.hsCode);
    if (hs === undefined) return 'CODE_HS_UNKNOWN';
    if (isImportModel(model)) {
      if (!hs.positiveList) return 'POLICY_NOT_ON_POSITIVE_LIST';
      if (hs.remarks?.modes !== undefined && !hs.remarks.modes.includes(mode)) return 'POLICY_MODE_RESTRICTED';
    } else if ((mode === '9710' || mode === '9810') && (hs.export?.licence === true || hs.export?.inspection === true || hs.export?.duty === true)) {
      return 'POLICY_B2B_RESTRICTED';
    }
  }
  return null;
}

/** Largest quantity of a line that keeps a per-person yearly kg cap (sugar, rice). */
function capQty(p: MarketProduct, qty: number): number {
  const cap = HS_BY_CODE.get(p.hsCode)?.remarks?.annualKgPerPerson;
  if (cap === undefined || p.netWeightG <= 0) return qty;
  return Math.max(1, Math.min(qty, Math.floor((cap * 1000) / p.netWeightG)));
}

/** Generates the orders of one market day. Pure and deterministic. */
export function generateMarketDay(input: MarketDayInput): GeneratedOrder[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.asOf)) throw new RangeError('asOf must be YYYY-MM-DD');
  const products = [...input.products].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  if (products.length === 0) return [];
  const rng = mulberry32(input.seed >>> 0);
  const importing = isImportModel(input.businessModel);
  const mode = modeOf(input.businessModel);
  const limits = resolve(DEFAULT_RULE_PACK.limits, input.asOf).value;
  const base = int(rng, 4, 8);
  const ops = input.operations;
  const target = ops === undefined ? base : clamp(Math.round(base * demandIndex(products, ops)), 1, 2 * base);
  const count = Math.max(base, target);
  const ymd = input.asOf.replaceAll('-', '');
  const seedTag = pad((input.seed >>> 0) % 100_000, 5);
  const designed: readonly string[] = importing ? IMPORT_TRAPS : mode === '9610' ? EXPORT_9610_TRAPS : EXPORT_B2B_TRAPS;
  const orders: GeneratedOrder[] = [];

  for (let i = 0; i < count; i++) {
    const buyer = importing ? domesticBuyer(rng, input.asOf) : foreignBuyer(rng);
    const wantTrap = rng() < TRAP_SHARE;
    const trapPick = pickOf(rng, designed);
    const nLines = Math.min(products.length, int(rng, 1, 2));
    const start = int(rng, 0, products.length - 1);
    const lines: OrderLine[] = [];
    for (let k = 0; k < nLines; k++) {
      const p = products[(start + k) % products.length];
      if (p === undefined) continue;
      lines.push({ productId: p.id, sku: p.sku, hsCode: p.hsCode, qty: capQty(p, int(rng, 1, 3)), priceFen: p.priceFen });
    }
    // keep ordinary orders comfortably within the single limit (a lone item over it is the legal exception)
    const budget = importing ? Math.floor((limits.singleFen * 8) / 10) : B2B_LIST_LIMIT_FEN - 50_000;
    for (const l of lines) while (l.qty > 1 && lines.reduce((a, x) => a + x.qty * x.priceFen, 0) > budget) l.qty -= 1;
    while (lines.length > 1 && lines.reduce((a, x) => a + x.qty * x.priceFen, 0) > budget) lines.pop();
    const freightFen = importing ? pickOf(rng, [0, 0, 1000, 1500, 2000]) : int(rng, 6, 16) * 500;
    const extra = { name: pickOf(rng, SURNAMES) + pickOf(rng, GIVEN), street: int(rng, 1, 99) };
    let trap = naturalTrap(input.businessModel, lines);

    if (trap === null && wantTrap) {
      trap = trapPick;
      const first = lines[0];
      switch (trapPick) {
        case 'POLICY_SINGLE_LIMIT':
        case 'POLICY_B2B_THRESHOLD': {
          if (first === undefined) break;
          const over = trapPick === 'POLICY_SINGLE_LIMIT' ? limits.singleFen : B2B_LIST_LIMIT_FEN;
          lines.splice(1);
          first.qty = Math.max(2, Math.floor(over / Math.max(1, first.priceFen)) + 1);
          break;
        }
        case 'POLICY_ANNUAL_LIMIT': {
          const goods = lines.reduce((a, x) => a + x.qty * x.priceFen, 0);
          const spent = Math.max(0, limits.annualFen - Math.floor(goods / 2));
          const month = input.asOf.slice(5, 7) === '01' ? input.asOf : `${input.asOf.slice(0, 4)}-01-15`;
          buyer.history = [{ date: month, amountFen: spent }];
          break;
        }
        case 'MATCH_CONSIGNEE':
          buyer.quirks.waybillAddress = buyer.address.replace(/\d+号/, `${extra.street + 200}号`);
          break;
        case 'MATCH_BUYER_PAYER': {
          const payer = domesticBuyer(rng, input.asOf);
          buyer.quirks.payer = { name: extra.name, idNumber: payer.idNumber, phone: payer.phone };
          break;
        }
        case 'CODE_ID_NUMBER_INVALID': {
          const good = buyer.idNumber.slice(-1);
          const wrong = CHECK.split('').filter((c) => c !== good);
          buyer.idNumber = buyer.idNumber.slice(0, 17) + pickOf(rng, wrong);
          break;
        }
        case 'POLICY_EXPORT_SIMPLIFIED_HS':
          buyer.quirks.simplifiedFlag = true;
          break;
        case 'ARITH_WEIGHT':
          buyer.quirks.swappedWeights = true;
          break;
        default:
          trap = null;
      }
    }
    const goodsFen = lines.reduce((a, x) => a + x.qty * x.priceFen, 0);
    orders.push({ orderNo: `FS${importing ? 'I' : 'E'}${ymd}${seedTag}${pad(i + 1, 3)}`, buyer, lines, goodsFen, freightFen, trap });
  }
  return ops === undefined ? orders : keepDemanded(orders, target);
}

/** Drops ordinary orders from the end down to `target`, keeping every trap and the first ordinary order. */
function keepDemanded(orders: GeneratedOrder[], target: number): GeneratedOrder[] {
  const kept = [...orders];
  const firstOrdinary = kept.findIndex((o) => o.trap === null);
  for (let i = kept.length - 1; i >= 0 && kept.length > target; i--) {
    if (kept[i]?.trap === null && i !== firstOrdinary) kept.splice(i, 1);
  }
  return kept;
}

export interface MarketDayOutcome {
  orders: GeneratedOrder[];
  /** The orders before operations scaled them (the seeded day's count). */
  baseOrders: number;
  /** The demand index (1 = neutral). */
  demand: number;
  /** Ordinary orders lost because stock ran out. */
  lostToStock: number;
  /** Units left per product id after the day. */
  stockLeft: Map<string, number>;
  messages: GeneratedMessage[];
  /** Messages that send goods back (return requests and wrong items). */
  returns: number;
}

export interface OperatedMarketDayInput extends MarketDayInput {
  operations: MarketOperations;
  /** Languages the store lists. */
  languages: readonly MessageLang[];
  /** A product's title in a language. */
  titleOf: (productId: string, lang: MessageLang) => string;
}

/** Below this many units left, a product counts as short (delays become likelier). */
const SHORT_STOCK = 5;

/** A market day with its demand, stock and buyer messages. Pure and deterministic. */
export function simulateMarketDay(input: OperatedMarketDayInput): MarketDayOutcome {
  const plain = generateMarketDay({ businessModel: input.businessModel, products: input.products, seed: input.seed, asOf: input.asOf });
  const demanded = generateMarketDay(input);
  const stock = new Map<string, number>();
  for (const p of input.products) stock.set(p.id, input.operations.products.get(p.id)?.stock ?? Number.POSITIVE_INFINITY);
  const orders: GeneratedOrder[] = [];
  const short = new Set<string>();
  let lostToStock = 0;
  for (const o of demanded) {
    const fits = o.lines.every((l) => (stock.get(l.productId) ?? 0) >= l.qty);
    if (!fits && o.trap === null) {
      lostToStock += 1;
      for (const l of o.lines) short.add(l.productId);
      continue;
    }
    for (const l of o.lines) stock.set(l.productId, Math.max(0, (stock.get(l.productId) ?? 0) - l.qty));
    orders.push(o);
  }
  for (const [id, left] of stock) if (left < SHORT_STOCK) short.add(id);
  const first = [...input.products].sort((a, b) => (a.sku < b.sku ? -1 : 1))[0];
  const priceRatio = Math.max(0, ...input.products.map((p) => p.priceFen / referencePriceFen(p)));
  const messages = generateBuyerMessages({
    seed: input.seed, asOf: input.asOf, importing: isImportModel(input.businessModel), languages: input.languages, health: input.operations.health, priceRatio,
    productTitle: (lang) => (first === undefined ? '' : input.titleOf(first.id, lang)),
    orders: orders.map((o) => {
      const pid = o.lines[0]?.productId ?? '';
      return {
        orderNo: o.orderNo, buyerName: o.buyer.name, country: o.buyer.country, productTitle: (lang) => input.titleOf(pid, lang),
        quality: input.operations.products.get(pid)?.quality ?? NEUTRAL_QUALITY, stockShort: short.has(pid),
      };
    }),
  });
  const stockLeft = new Map([...stock].filter(([, v]) => Number.isFinite(v)));
  return { orders, baseOrders: plain.length, demand: demandIndex(input.products, input.operations), lostToStock, stockLeft, messages, returns: messages.filter((m) => isReturn(m.kind)).length };
}
