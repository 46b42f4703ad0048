import { describe, expect, it } from 'vitest';
import { findElements, findViolations, gradeReply, responseTimePoints, WRONG_LANGUAGE_CAP } from '#lib/buyer-messages/rubric.ts';
import { detectLanguage } from '#lib/buyer-messages/language.ts';
import { responseHours } from '#lib/buyer-messages/clock.ts';
import { accountHealth } from '#lib/buyer-messages/health.ts';

const ORDER = 'FSI2026051000007001';
const GOOD_ZH = `您好！非常抱歉订单 ${ORDER} 的包裹延误了。我们已联系物流，包裹将在2天内送达，单号会在今天更新。祝您生活愉快！`;
const GOOD_EN = `Hello Emily, we are sorry that order ${ORDER} is late. We have contacted the carrier and the parcel will be delivered within 3 days. Best regards`;
const GOOD_RU = `Здравствуйте! Приносим извинения за задержку заказа ${ORDER}. Посылка будет доставлена в течение 3 дней. С уважением`;

describe('language detection', () => {
  it.each([
    ['您好，订单已发货', 'zh'],
    ['Hello, your order has shipped', 'en'],
    ['Здравствуйте, заказ отправлен', 'ru'],
    ['안녕하세요 주문이 발송되었습니다', 'ko'],
    ['こんにちは、ご注文は発送されました', 'ja'],
    [`您好，订单 ${ORDER} 已发货`, 'zh'],
    ['12345 !!!', 'unknown'],
  ])('%s → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe('required elements', () => {
  it('finds all of them in a complete reply, in each language', () => {
    for (const [reply, buyerLang] of [[GOOD_ZH, 'zh'], [GOOD_EN, 'en'], [GOOD_RU, 'ru']] as const) {
      expect(findElements({ kind: 'delay', buyerLang, orderNo: ORDER, reply })).toEqual({ greeting: true, orderReference: true, acknowledgement: true, resolution: true, closing: true });
    }
  });
  it('greeting only counts at the start', () => {
    expect(findElements({ kind: 'delay', buyerLang: 'en', orderNo: ORDER, reply: `We are sorry about ${ORDER}, it ships in 2 days and we say hello to your family and friends. Regards` }).greeting).toBe(false);
  });
  it('order reference is required for order cases, not for pre-sale questions', () => {
    expect(findElements({ kind: 'delay', buyerLang: 'en', orderNo: ORDER, reply: 'Hello, sorry, it ships in 2 days. Regards' }).orderReference).toBe(false);
    expect(findElements({ kind: 'pre-sale', buyerLang: 'en', orderNo: null, reply: 'Hello, it is in stock and ships in 2 days. Regards' }).orderReference).toBeNull();
  });
  it('acknowledgement needs an apology or thanks', () => {
    expect(findElements({ kind: 'delay', buyerLang: 'zh', orderNo: ORDER, reply: `您好，订单${ORDER}明天发货。祝好` }).acknowledgement).toBe(false);
  });
  it('resolution needs a case action and a time in the same sentence', () => {
    const noTime = findElements({ kind: 'wrong-item', buyerLang: 'en', orderNo: ORDER, reply: `Hello, sorry about ${ORDER}. We will send a replacement. Regards` });
    const noAction = findElements({ kind: 'wrong-item', buyerLang: 'en', orderNo: ORDER, reply: `Hello, sorry about ${ORDER}. We will look at it within 2 days. Regards` });
    const both = findElements({ kind: 'wrong-item', buyerLang: 'en', orderNo: ORDER, reply: `Hello, sorry about ${ORDER}. We will send a replacement within 2 days. Regards` });
    expect([noTime.resolution, noAction.resolution, both.resolution]).toEqual([false, false, true]);
  });
  it('closing only counts at the end', () => {
    expect(findElements({ kind: 'delay', buyerLang: 'ru', orderNo: ORDER, reply: `Здравствуйте, спасибо за ваше терпение. Заказ ${ORDER} будет доставлен завтра, курьер позвонит перед доставкой и оставит посылку у двери` }).closing).toBe(false);
  });
});

describe('forbidden practices', () => {
  it.each([
    ['We will refund you 10 dollars if you change your review to 5 stars.', 'REVIEW_INCENTIVE'],
    ['如果您修改差评，我们给您返现20元。', 'REVIEW_INCENTIVE'],
    ['Мы дадим скидку, если вы удалите отзыв.', 'REVIEW_INCENTIVE'],
    ['Write to me at shop.owner@mail.ru please.', 'OFF_PLATFORM'],
    ['加我微信 fushun88 详聊', 'OFF_PLATFORM'],
    ['Message us on WhatsApp', 'OFF_PLATFORM'],
    ['See www.example.com for details', 'OFF_PLATFORM'],
    ['Call +7 915 123 45 67', 'OFF_PLATFORM'],
  ])('%s → %s', (reply, code) => expect(findViolations(reply, ORDER)).toContain(code));

  it('the order number, a refund alone and a thank-you for a review are allowed', () => {
    expect(findViolations(`Order ${ORDER}: we will refund you within 3 days. Thank you for your review.`, ORDER)).toEqual([]);
  });
  it('a violation sets the grade to 0', () => {
    const g = gradeReply({ kind: 'negative-review', buyerLang: 'en', orderNo: ORDER, reply: `${GOOD_EN} We will give you a refund if you remove your review.`, responseHours: 4 });
    expect(g.violations).toEqual(['REVIEW_INCENTIVE']);
    expect(g.score).toBe(0);
    expect(g.passed).toBe(false);
  });
});

describe('grade', () => {
  it('a complete reply on time scores 100', () => {
    const g = gradeReply({ kind: 'delay', buyerLang: 'zh', orderNo: ORDER, reply: GOOD_ZH, responseHours: 10 });
    expect(g.score).toBe(100);
    expect(g.passed).toBe(true);
    expect(g.elements.every((e) => e.found)).toBe(true);
  });
  it('a reply in another language than the buyer’s is capped', () => {
    const g = gradeReply({ kind: 'delay', buyerLang: 'ru', orderNo: ORDER, reply: GOOD_EN, responseHours: 10 });
    expect(g.replyLang).toBe('en');
    expect(g.elements.find((e) => e.element === 'language')?.found).toBe(false);
    expect(g.score).toBeLessThanOrEqual(WRONG_LANGUAGE_CAP);
    expect(g.passed).toBe(false);
  });
  it('response time: full within 24 market-day hours, half within 48, none later', () => {
    expect([responseTimePoints(24), responseTimePoints(25), responseTimePoints(48), responseTimePoints(49)]).toEqual([10, 5, 5, 0]);
    expect(gradeReply({ kind: 'delay', buyerLang: 'en', orderNo: ORDER, reply: GOOD_EN, responseHours: 60 }).score).toBe(90);
  });
  it('pre-sale questions are graded without an order reference', () => {
    const g = gradeReply({ kind: 'pre-sale', buyerLang: 'en', orderNo: null, reply: 'Hello, thank you for your question. Yes, it is in stock and ships within 2 days. Best regards', responseHours: 5 });
    expect(g.elements.map((e) => e.element)).not.toContain('orderReference');
    expect(g.score).toBe(100);
  });
  it('a bare reply fails', () => {
    expect(gradeReply({ kind: 'return-request', buyerLang: 'zh', orderNo: ORDER, reply: '好的', responseHours: 5 }).passed).toBe(false);
  });
});

describe('market-day clock', () => {
  it('a reply before the next market day counts at that day’s close; each later day adds 24 hours', () => {
    expect(responseHours({ messageSeq: 1, receivedHour: 9, latestSeq: 1 })).toBe(15);
    expect(responseHours({ messageSeq: 1, receivedHour: 9, latestSeq: 2 })).toBe(39);
  });
});

describe('account health', () => {
  it('starts at 100 and follows the documented formula', () => {
    expect(accountHealth({ messages: [], orders: 0, returns: 0 }).health).toBe(100);
    const h = accountHealth({
      messages: [{ due: true, score: 80, responseHours: 10 }, { due: true, score: null, responseHours: null }, { due: false, score: null, responseHours: null }],
      orders: 20, returns: 1,
    });
    // 0.3 × 0.5 + 0.2 × 0.5 + 0.3 × 0.8 + 0.2 × (1 − 5 × 0.05) = 0.15 + 0.1 + 0.24 + 0.15
    expect(h.health).toBe(64);
    expect(h.due).toBe(2);
  });
  it('20% returns or more lose the whole returns share', () => {
    expect(accountHealth({ messages: [], orders: 10, returns: 5 }).health).toBe(80);
  });
});
