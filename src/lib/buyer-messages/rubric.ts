/**
 * The rubric that grades a reply to a buyer message: rules only, no model, no external service, so
 * the same reply always gets the same grade and every rule has a unit test.
 *
 * Required elements, each found by keywords of the buyer's language (zh, en, ru; buyers from Korea and
 * Japan write in English in the sandbox):
 * - `greeting` (10 points): a greeting in the first 40 characters (您好 / Hello, Dear / Здравствуйте…);
 * - `orderReference` (15, only when the message concerns an order): the order number appears;
 * - `acknowledgement` (15): an apology or thanks that acknowledges the buyer (抱歉, 感谢 / sorry,
 *   thank you for / извините, спасибо за…);
 * - `resolution` (25): one sentence that names a concrete action for this case (resend, replacement,
 *   refund, return label, tracking, an answer on stock or delivery…) together with a time (a number of
 *   hours or days, today, tomorrow);
 * - `closing` (10): a sign-off in the last 60 characters (祝您… / Best regards / С уважением…);
 * - `language` (15): the reply is written in the buyer's language (language.ts);
 * - `responseTime` (10): answered within 24 market-day hours (full), within 48 (half), later (none).
 * The grade is the points earned over the points possible, 0–100. A reply in another language than
 * the buyer's is capped at 30 (the buyer cannot read it).
 *
 * Forbidden practices set the grade to 0, whatever else the reply does (platform rules: Amazon's
 * Community Guidelines and seller Code of Conduct, AliExpress, Ozon and Wildberries forbid both):
 * - `REVIEW_INCENTIVE`: one sentence offers a refund, compensation, discount, gift or money and asks to
 *   change, remove or improve a review or rating;
 * - `OFF_PLATFORM`: an e-mail address, a link (http…, www., a domain), WeChat, WhatsApp, Telegram, QQ,
 *   Viber, Line, or a phone number (7 or more digits, the order number itself excepted).
 * A grade of 60 or more passes.
 */
import { concernsOrder, type MessageKind } from './cases.ts';
import { detectLanguage, type MessageLang } from './language.ts';

export const ELEMENTS = ['greeting', 'orderReference', 'acknowledgement', 'resolution', 'closing', 'language', 'responseTime'] as const;
export type Element = (typeof ELEMENTS)[number];
export const VIOLATIONS = ['REVIEW_INCENTIVE', 'OFF_PLATFORM'] as const;
export type Violation = (typeof VIOLATIONS)[number];

export const ELEMENT_POINTS: Readonly<Record<Element, number>> = {
  greeting: 10, orderReference: 15, acknowledgement: 15, resolution: 25, closing: 10, language: 15, responseTime: 10,
};
/** Market-day hours within which a reply is on time (full points), and the limit for half points. */
export const ON_TIME_HOURS = 24;
export const LATE_HOURS = 48;
/** A reply in the wrong language scores at most this. */
export const WRONG_LANGUAGE_CAP = 30;
export const PASS_GRADE = 60;

/** Keyword languages: Korean and Japanese buyers write in English in the sandbox. */
type KeyLang = 'zh' | 'en' | 'ru';
const keyLang = (l: MessageLang): KeyLang => (l === 'zh' || l === 'ru' ? l : 'en');

const GREETING: Record<KeyLang, RegExp> = {
  zh: /您好|你好|亲爱的|尊敬的|亲[，,！!\s]/u,
  en: /\b(hello|hi|dear|good (morning|afternoon|evening)|greetings)\b/iu,
  ru: /здравствуй|добрый (день|вечер)|доброе утро|уважаем|привет/iu,
};
const ACKNOWLEDGEMENT: Record<KeyLang, RegExp> = {
  zh: /抱歉|对不起|致歉|歉意|不便|理解您|感谢|谢谢|很遗憾/u,
  en: /\b(sorry|apologi[sz]e|apologies|regret|understand|thank you for|thanks for|inconvenience)\b/iu,
  ru: /извин|прости|приносим|сожалеем|понимаем|спасибо за|благодар/iu,
};
const CLOSING: Record<KeyLang, RegExp> = {
  zh: /祝您|祝你|期待|此致|敬礼|谢谢|感谢|随时联系|随时告诉|如有.{0,8}(问题|疑问)/u,
  en: /\b(regards|sincerely|best wishes|thank you|thanks|have a (nice|great|good)|let us know|look forward)\b/iu,
  ru: /с уважением|спасибо|хорошего дня|всего доброго|всего наилучшего|обращайтесь/iu,
};
const TIME: Record<KeyLang, RegExp> = {
  zh: /[0-9０-９一二两三四五六七八九十]+\s*(个)?\s*(小时|天|日|工作日|周)|今天|明天|当天|今日|明日|本周/u,
  en: /\b\d+\s*(-\s*\d+\s*)?(hours?|hrs?|h|days?|business days?|working days?|weeks?)\b|\b(today|tomorrow|within (a|one|two|three) (day|days|hours|week))\b|\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu,
  ru: /\d+\s*(-\s*\d+\s*)?(час|ч\b|дн|день|дня|рабоч|недел)|сегодня|завтра/iu,
};
/** The actions that resolve each case, in each language. */
const RESOLUTION: Record<MessageKind, Record<KeyLang, RegExp>> = {
  delay: {
    zh: /发货|发出|寄出|物流|单号|跟踪|补发|重新发|退款|送达|到货|催/u,
    en: /\b(ship|shipped|dispatch|track|tracking|deliver|delivery|arrive|resend|reship|refund)/iu,
    ru: /отправ|трек|отслеж|достав|прибуд|верн[её]м|возврат/iu,
  },
  'wrong-item': {
    zh: /补发|换货|更换|重新发|寄回|退货|退款|正确的/u,
    en: /\b(replace|replacement|send (you )?the (correct|right)|correct item|return label|refund|exchange)/iu,
    ru: /замен|правильн|отправим|возврат|верн[её]м|обмен/iu,
  },
  'return-request': {
    zh: /退货|退款|寄回|退回|运单|取件|换货/u,
    en: /\b(return label|return|refund|pick ?up|prepaid label|exchange)/iu,
    ru: /возврат|верн[её]м|вернуть|этикет|курьер|обмен/iu,
  },
  'negative-review': {
    zh: /补发|换货|退款|解决|处理|更换|重新发/u,
    en: /\b(replace|replacement|refund|resend|resolve|fix|exchange)/iu,
    ru: /замен|возврат|верн[её]м|решим|исправ|обмен/iu,
  },
  'pre-sale': {
    zh: /有货|现货|库存|发货|到货|送达|规格|保质期|尺码|可以|适合/u,
    en: /\b(in stock|available|ship|deliver|delivery|arrive|size|expiry|shelf life|suitable|yes)/iu,
    ru: /в наличии|есть|отправ|достав|прибуд|размер|срок годности|подходит|да\b/iu,
  },
};

// Forbidden practices are checked in every language at once: a forbidden offer is forbidden in any language.
const INCENTIVE = /退款|返现|红包|补偿|赔偿|优惠券?|折扣|礼品|赠品|好处|\brefund|\bcompensat|\bdiscount|\bcoupon|\bgift|\bvoucher|\bcashback|\bmoney\b|\bfree\b|компенсац|скидк|подар|купон|верн[её]м деньги|возврат денег|деньг/iu;
const REVIEW = /评价|好评|差评|评分|星|\breview|\bfeedback|\brating|\bstars?\b|отзыв|оценк|звёзд|звезд/iu;
const CHANGE = /修改|删除|删掉|撤|改成|改为|改评|追评|更新|\bchange|\bremove|\bdelete|\bupdate|\brevise|\bedit|\bwithdraw|\bimprove|\bupgrade|\bmodify|измен|удал|исправ|обнов|поменя|убер/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
const LINK = /https?:\/\/|www\.|\b[\w-]+\.(com|cn|net|org|ru|io|me|shop|store|top|info)\b/iu;
const MESSENGER = /微信|vx|v信|加v|wechat|whats\s?app|telegram|телеграм|ватсап|вотсап|\bqq\b|viber|вайбер|\bline id\b/iu;
const PHONE = /(?<![\p{L}\d])\+?\d[\d\s()-]{5,}\d(?![\p{L}\d])/u;

export interface GradeInput {
  kind: MessageKind;
  /** The buyer's language (the message's). */
  buyerLang: MessageLang;
  /** The order the message is about, when it concerns one. */
  orderNo: string | null;
  reply: string;
  /** Market-day hours from the message to the reply (see responseHours in clock.ts). */
  responseHours: number;
}

export interface Grade {
  /** 0–100. */
  score: number;
  passed: boolean;
  /** The reply's language as detected. */
  replyLang: MessageLang | 'unknown';
  /** The elements required for this case and whether each was found. */
  elements: Array<{ element: Element; found: boolean; points: number; max: number }>;
  violations: Violation[];
}

const sentencesOf = (text: string): string[] => text.split(/[.!?。！？;；\n]+/u).map((s) => s.trim()).filter((s) => s !== '');

/** The forbidden practices in a reply (orderNo: the order number, never read as a phone number). */
export function findViolations(reply: string, orderNo: string | null): Violation[] {
  const out: Violation[] = [];
  if (sentencesOf(reply).some((s) => INCENTIVE.test(s) && REVIEW.test(s) && CHANGE.test(s))) out.push('REVIEW_INCENTIVE');
  const withoutOrder = orderNo === null ? reply : reply.split(orderNo).join(' ');
  if (EMAIL.test(withoutOrder) || LINK.test(withoutOrder) || MESSENGER.test(withoutOrder) || PHONE.test(withoutOrder)) out.push('OFF_PLATFORM');
  return out;
}

/** Whether each required element of the case is in the reply, read with the buyer's language's keywords. */
export function findElements(input: Omit<GradeInput, 'responseHours'>): Record<Exclude<Element, 'language' | 'responseTime'>, boolean | null> {
  const k = keyLang(input.buyerLang);
  const text = input.reply.trim();
  const hasOrder = input.orderNo !== null && text.toUpperCase().includes(input.orderNo.toUpperCase());
  return {
    greeting: GREETING[k].test(text.slice(0, 40)),
    orderReference: concernsOrder(input.kind) ? hasOrder : null,
    acknowledgement: ACKNOWLEDGEMENT[k].test(text),
    resolution: sentencesOf(text).some((s) => RESOLUTION[input.kind][k].test(s) && TIME[k].test(s)),
    closing: CLOSING[k].test(text.slice(-60)),
  };
}

/** Points for the response time: full within ON_TIME_HOURS, half within LATE_HOURS, none later. */
export function responseTimePoints(hours: number): number {
  const max = ELEMENT_POINTS.responseTime;
  return hours <= ON_TIME_HOURS ? max : hours <= LATE_HOURS ? max / 2 : 0;
}

/** Grades one reply by the rubric above. Pure and deterministic. */
export function gradeReply(input: GradeInput): Grade {
  const found = findElements(input);
  const replyLang = detectLanguage(input.reply);
  const sameLanguage = keyLang(input.buyerLang) === (replyLang === 'unknown' ? 'unknown' : keyLang(replyLang));
  const elements: Grade['elements'] = [];
  for (const element of ELEMENTS) {
    const max = ELEMENT_POINTS[element];
    if (element === 'language') elements.push({ element, found: sameLanguage, points: sameLanguage ? max : 0, max });
    else if (element === 'responseTime') {
      const points = responseTimePoints(input.responseHours);
      elements.push({ element, found: points === max, points, max });
    } else {
      const f = found[element];
      if (f !== null) elements.push({ element, found: f, points: f ? max : 0, max });
    }
  }
  const violations = findViolations(input.reply, input.orderNo);
  const possible = elements.reduce((a, e) => a + e.max, 0);
  let score = Math.round((100 * elements.reduce((a, e) => a + e.points, 0)) / possible);
  if (!sameLanguage) score = Math.min(score, WRONG_LANGUAGE_CAP);
  if (violations.length > 0) score = 0;
  return { score, passed: score >= PASS_GRADE, replyLang, elements, violations };
}
