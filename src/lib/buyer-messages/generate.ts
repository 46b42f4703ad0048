/**
 * The buyer messages of one market day, generated deterministically from the day's seed and date
 * with the engine's mulberry32 (a stream of its own, so the day's orders stay exactly as before).
 * Each order brings at most one message; how likely each kind is depends on the operations
 * (see the demand model in src/lib/workbench/market-day.ts):
 * - return request: 5% + 15% × (1 − listing quality / 100) (a poor listing is "not as described");
 * - wrong item: 3%;
 * - delay: 6%, + 20% when the product's stock ran short that day;
 * - negative review: 2% + 12% × (1 − account health / 100).
 * Every day also brings one pre-sale question, and a second one with probability 30% (60% when the
 * price is more than 20% above the reference price: buyers ask why).
 * Buyers write in their own language when the store lists it (import stores: Chinese buyers; export
 * buyers from Russia in Russian, others in English), else in English, else Chinese.
 */
import { mulberry32 } from '#sandbox';
import type { MessageKind } from './cases.ts';
import type { MessageLang } from './language.ts';

export interface MessageOrder {
  orderNo: string;
  buyerName: string;
  /** Customs country code of the buyer. */
  country: string;
  /** The ordered product's title in a language. */
  productTitle: (lang: MessageLang) => string;
  quality: number;
  stockShort: boolean;
}

export interface GeneratedMessage {
  kind: MessageKind;
  orderNo: string | null;
  buyerName: string;
  lang: MessageLang;
  body: string;
  /** Market-day hour (0–23) the message arrives at. */
  receivedHour: number;
}

export interface MessagesInput {
  seed: number;
  asOf: string;
  importing: boolean;
  /** Languages the store lists (its storefront's). */
  languages: readonly MessageLang[];
  orders: readonly MessageOrder[];
  /** 0–100. */
  health: number;
  /** Highest price / reference price ratio among the products. */
  priceRatio: number;
  /** A product title for pre-sale questions, per language. */
  productTitle: (lang: MessageLang) => string;
}

type Templates = Record<'zh' | 'en' | 'ru', readonly string[]>;
const TEMPLATES: Record<MessageKind, Templates> = {
  delay: {
    zh: ['你好，我的订单{order}已经下单好几天了，物流一直没有更新，什么时候能到？', '订单{order}的{product}说好一周内到，现在还没收到，请尽快处理。'],
    en: ['Hi, I ordered {product} (order {order}) a week ago and the tracking has not moved. When will it arrive?', 'My order {order} is late. Where is my parcel?'],
    ru: ['Здравствуйте, мой заказ {order} до сих пор не пришёл, трек не обновляется. Когда будет доставка?'],
  },
  'wrong-item': {
    zh: ['收到的商品不对！订单{order}我买的是{product}，寄来的却是别的东西。', '订单{order}发错货了，和页面上的规格不一样，怎么处理？'],
    en: ['I received the wrong item for order {order}. I ordered {product} but got something else.', 'Order {order}: the item is not what I ordered. Please fix this.'],
    ru: ['Мне прислали не тот товар по заказу {order}. Я заказывал(а) {product}.'],
  },
  'return-request': {
    zh: ['订单{order}的{product}和描述不符，我想退货，请问怎么操作？', '你好，订单{order}我不想要了，还没拆封，可以退吗？'],
    en: ['I would like to return {product} from order {order}. It does not match the description.', 'Hello, can I return order {order}? It is unopened.'],
    ru: ['Хочу вернуть {product} из заказа {order}: товар не соответствует описанию.'],
  },
  'negative-review': {
    zh: ['差评！订单{order}包装破损，客服也不回消息，太失望了。', '订单{order}的{product}质量很差，已经给了一星。'],
    en: ['One star. Order {order} arrived damaged and nobody answers. Very disappointed.', 'I left a 1-star review: {product} from order {order} is poor quality.'],
    ru: ['Поставил(а) одну звезду: заказ {order} пришёл повреждённым.'],
  },
  'pre-sale': {
    zh: ['请问{product}现在有货吗？下单后几天能到？', '你好，{product}的保质期到什么时候？为什么比别家贵？'],
    en: ['Is {product} in stock? How long does delivery take?', 'Hello, what is the shelf life of {product}? Why is it more expensive than elsewhere?'],
    ru: ['Здравствуйте, {product} есть в наличии? Сколько идёт доставка?', 'Какой срок годности у {product}? Почему дороже, чем у других?'],
  },
};
const BUYERS: Record<'zh' | 'en' | 'ru', readonly string[]> = {
  zh: ['王女士', '李先生', '张女士', '刘先生', '陈女士'],
  en: ['Emily Johnson', 'Michael Brown', 'Sarah Davis', 'Oliver Smith'],
  ru: ['Ольга Смирнова', 'Иван Петров', 'Анна Кузнецова'],
};

const pickOf = <T>(rng: () => number, items: readonly T[]): T => {
  const v = items[Math.floor(rng() * items.length)];
  if (v === undefined) throw new RangeError('empty choice');
  return v;
};

/** A 32-bit number from a seed and a date, for a stream separate from the orders'. */
export function streamSeed(seed: number, asOf: string, salt: number): number {
  let h = (seed ^ salt) >>> 0;
  for (let i = 0; i < asOf.length; i++) h = Math.imul(h ^ asOf.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** The language a buyer writes in, given the store's languages. */
export function buyerLanguage(input: { importing: boolean; country: string; languages: readonly MessageLang[] }): 'zh' | 'en' | 'ru' {
  if (input.importing) return 'zh';
  if (input.country === '344' && input.languages.includes('ru')) return 'ru';
  if (input.languages.includes('en') || input.languages.length === 0) return 'en';
  return input.languages.includes('ru') ? 'ru' : 'zh';
}

function fill(template: string, orderNo: string | null, product: string): string {
  return template.replaceAll('{order}', orderNo ?? '').replaceAll('{product}', product);
}

/** Generates the buyer messages of a market day. Pure and deterministic. */
export function generateBuyerMessages(input: MessagesInput): GeneratedMessage[] {
  const rng = mulberry32(streamSeed(input.seed, input.asOf, 0x5bd1e995));
  const hour = (): number => 8 + Math.floor(rng() * 15);
  const out: GeneratedMessage[] = [];
  for (const o of input.orders) {
    const r = rng();
    const pReturn = 0.05 + 0.15 * (1 - o.quality / 100);
    const pWrong = 0.03;
    const pDelay = 0.06 + (o.stockShort ? 0.2 : 0);
    const pReview = 0.02 + 0.12 * (1 - input.health / 100);
    let kind: MessageKind | null = null;
    if (r < pReturn) kind = 'return-request';
    else if (r < pReturn + pWrong) kind = 'wrong-item';
    else if (r < pReturn + pWrong + pDelay) kind = 'delay';
    else if (r < pReturn + pWrong + pDelay + pReview) kind = 'negative-review';
    const variant = rng();
    const receivedHour = hour();
    if (kind === null) continue;
    const lang = buyerLanguage({ importing: input.importing, country: o.country, languages: input.languages });
    const templates = TEMPLATES[kind][lang];
    const template = templates[Math.floor(variant * templates.length)] ?? templates[0] ?? '';
    out.push({ kind, orderNo: o.orderNo, buyerName: o.buyerName, lang, body: fill(template, o.orderNo, o.productTitle(lang)), receivedHour });
  }
  const questions = 1 + (rng() < (input.priceRatio > 1.2 ? 0.6 : 0.3) ? 1 : 0);
  const foreign = input.languages.filter((l): l is 'en' | 'ru' => l === 'en' || l === 'ru');
  for (let i = 0; i < questions; i++) {
    const lang: 'zh' | 'en' | 'ru' = input.importing ? 'zh' : foreign.length > 0 ? pickOf(rng, foreign) : 'en';
    const template = pickOf(rng, TEMPLATES['pre-sale'][lang]);
    out.push({ kind: 'pre-sale', orderNo: null, buyerName: pickOf(rng, BUYERS[lang]), lang, body: fill(template, null, input.productTitle(lang)), receivedHour: hour() });
  }
  return out;
}
