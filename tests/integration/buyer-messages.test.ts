import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { answerBuyerMessage, loadOperationsView } from '#lib/buyer-messages/operations.ts';
import { createStoreWithMarketDay } from '../factories/store.ts';
import { runMarketDay } from '#lib/workbench/stores.ts';

let t: TestDatabase;
let learner: string;
let other: string;

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await signUp(t.db, { role: 'learner', email: 'bm@example.cn', password: 'a-long-password', displayName: '学员乙' })).id;
  other = (await signUp(t.db, { role: 'learner', email: 'bm2@example.cn', password: 'a-long-password', displayName: '学员丙' })).id;
});
afterAll(() => t.cleanup());

describe('buyer messages on market days', () => {
  it('a market day brings messages; the owner answers one, it is graded once, and the next day records the health', async () => {
    const { storeId } = await createStoreWithMarketDay(t.db, { ownerId: learner, seed: 7, asOf: '2026-05-10' });
    const view = await loadOperationsView(t.db, storeId);
    expect(view.days).toHaveLength(1);
    expect(view.days[0]?.healthAtStart).toBe(100);
    const msg = view.messages[0];
    expect(msg).toBeDefined();
    if (!msg) return;
    await expect(answerBuyerMessage(t.db, { userId: other, messageId: msg.id, reply: '您好' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(answerBuyerMessage(t.db, { userId: learner, messageId: msg.id, reply: '  ' })).rejects.toMatchObject({ code: 'INVALID' });
    const ref = msg.orderNo ?? '';
    const grade = await answerBuyerMessage(t.db, { userId: learner, messageId: msg.id, reply: `您好！非常抱歉给您带来不便。订单${ref}我们会在2天内为您处理退款或补发，有货今天就发货。祝您生活愉快！` });
    expect(grade.responseHours).toBe(24 - msg.receivedHour);
    expect(grade.elements.find((e) => e.element === 'language')?.found).toBe(true);
    await expect(answerBuyerMessage(t.db, { userId: learner, messageId: msg.id, reply: '再答一次' })).rejects.toMatchObject({ code: 'ALREADY_ANSWERED' });

    await runMarketDay(t.db, { storeId, ownerId: learner, seed: 8, asOf: '2026-05-11' });
    const after = await loadOperationsView(t.db, storeId);
    expect(after.days.map((d) => d.seq)).toEqual([1, 2]);
    expect(after.messages.find((m) => m.id === msg.id)?.score).toBe(grade.score);
    expect(after.days[1]?.healthAtStart).toBeLessThanOrEqual(100);
    expect(after.health.health).toBeGreaterThanOrEqual(0);
  });
});
