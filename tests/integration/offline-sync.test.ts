import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { quizSchema } from '#lib/content/schema.ts';
import { lessonCompletions, quizAttempts } from '#lib/db/schema-progress.ts';
import { offlineSyncItems } from '#lib/db/schema-offline.ts';
import { syncOfflineItems, type OfflineItem, type SyncLesson } from '#lib/offline/sync.ts';
import type { CourseRef } from '#lib/progress/progress.ts';

let t: TestDatabase;
let userId: string;
let otherId: string;
const course: CourseRef = { courseId: 'logistics', lessonIds: ['logistics/01-a', 'logistics/02-b'], quizLessonIds: ['logistics/02-b'] };
const quiz = quizSchema.parse({
  questions: [
    { id: 'q1', type: 'single', prompt: { zh: '?' }, options: [{ id: 'a', text: { zh: 'A' } }, { id: 'b', text: { zh: 'B' } }], answer: ['a'], explanation: { zh: 'A 对' } },
    { id: 'q2', type: 'single', prompt: { zh: '?' }, options: [{ id: 'a', text: { zh: 'A' } }, { id: 'b', text: { zh: 'B' } }], answer: ['b'], explanation: { zh: 'B 对' } },
  ],
});
const lessons: Record<string, SyncLesson> = { 'logistics/01-a': { course }, 'logistics/02-b': { course, quiz } };
const lessonOf = (id: string) => Promise.resolve(lessons[id]);
const now = new Date('2026-12-03T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const completion = (key: string, occurredAt: Date, lessonId = 'logistics/01-a'): OfflineItem => ({ key, kind: 'lesson-complete', lessonId, occurredAt });

async function completedAt(user: string, lessonId: string): Promise<Date | undefined> {
  return (await t.db.select().from(lessonCompletions).where(and(eq(lessonCompletions.userId, user), eq(lessonCompletions.lessonId, lessonId))))[0]?.completedAt;
}

beforeAll(async () => {
  t = await createTestDatabase();
  userId = (await signUp(t.db, { role: 'learner', email: 'off@example.cn', password: 'a-long-password', displayName: 'Off' })).id;
  otherId = (await signUp(t.db, { role: 'learner', email: 'other@example.cn', password: 'a-long-password', displayName: 'Other' })).id;
});
afterAll(() => t.cleanup());

describe('offline sync', () => {
  it('applies an item once, however often it is sent, and answers a repeat with the first outcome', async () => {
    const item = completion('11111111-1111-4111-8111-111111111111', ago(90));
    const [first] = await syncOfflineItems(t.db, { userId, items: [item], lessonOf }, now);
    expect(first).toMatchObject({ duplicate: false, outcome: { status: 'applied', newlyCompleted: true } });
    const [again] = await syncOfflineItems(t.db, { userId, items: [item], lessonOf }, new Date(now.getTime() + 5000));
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await completedAt(userId, 'logistics/01-a')).toEqual(ago(90));
    expect(await t.db.select().from(offlineSyncItems).where(eq(offlineSyncItems.userId, userId))).toHaveLength(1);
  });

  it('keeps the earliest completion when two devices disagree, in whichever order they sync', async () => {
    await syncOfflineItems(t.db, { userId, items: [completion('22222222-2222-4222-8222-222222222222', ago(30))], lessonOf }, now);
    expect(await completedAt(userId, 'logistics/01-a')).toEqual(ago(90));
    await syncOfflineItems(t.db, { userId: otherId, items: [completion('33333333-3333-4333-8333-333333333333', ago(30))], lessonOf }, now);
    const [earlier] = await syncOfflineItems(t.db, { userId: otherId, items: [completion('44444444-4444-4444-8444-444444444444', ago(120))], lessonOf }, now);
    expect(earlier?.outcome).toMatchObject({ status: 'applied', newlyCompleted: false });
    expect(await completedAt(otherId, 'logistics/01-a')).toEqual(ago(120));
  });

  it('grades quiz answers on the server at sync, stores the attempt at the time it was answered, and completes the course', async () => {
    const items: OfflineItem[] = [
      { key: '55555555-5555-4555-8555-555555555555', kind: 'quiz', lessonId: 'logistics/02-b', occurredAt: ago(20), answers: { q1: ['b'], q2: ['b'] }, durationMs: 30_000 },
      { key: '66666666-6666-4666-8666-666666666666', kind: 'quiz', lessonId: 'logistics/02-b', occurredAt: ago(10), answers: { q1: ['a'], q2: ['b'] } },
    ];
    const results = await syncOfflineItems(t.db, { userId, items: [...items].reverse(), lessonOf }, now);
    expect(results.map((r) => r.key)).toEqual(items.map((i) => i.key));
    expect(results.map((r) => r.outcome)).toEqual([
      { status: 'applied', kind: 'quiz', score: 50, correct: 1, total: 2, passed: false, newlyCompleted: false, courseCompleted: false },
      { status: 'applied', kind: 'quiz', score: 100, correct: 2, total: 2, passed: true, newlyCompleted: true, courseCompleted: true },
    ]);
    const attempts = await t.db.select().from(quizAttempts).where(eq(quizAttempts.userId, userId));
    expect(attempts.map((a) => [a.score, a.submittedAt, a.durationMs])).toEqual([
      [50, ago(20), 30_000],
      [100, ago(10), null],
    ]);
  });

  it('refuses what the online path refuses, records the refusal and applies the rest of the batch', async () => {
    const results = await syncOfflineItems(
      t.db,
      {
        userId: otherId,
        items: [
          completion('77777777-7777-4777-8777-777777777777', ago(5), 'logistics/02-b'),
          completion('88888888-8888-4888-8888-888888888888', ago(4), 'logistics/09-none'),
          { key: '99999999-9999-4999-8999-999999999999', kind: 'quiz', lessonId: 'logistics/02-b', occurredAt: ago(3), answers: { q1: ['z'] } },
          { key: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', kind: 'quiz', lessonId: 'logistics/02-b', occurredAt: ago(2), answers: { q1: ['a'], q2: ['b'] } },
        ],
        lessonOf,
      },
      now,
    );
    expect(results.map((r) => r.outcome.status === 'refused' ? r.outcome.reason : r.outcome.status)).toEqual(['quiz-required', 'unknown-lesson', 'invalid-answers', 'applied']);
    expect(await completedAt(otherId, 'logistics/02-b')).toEqual(ago(2));
    const [repeat] = await syncOfflineItems(t.db, { userId: otherId, items: [completion('88888888-8888-4888-8888-888888888888', ago(4), 'logistics/09-none')], lessonOf }, now);
    expect(repeat).toMatchObject({ duplicate: true, outcome: { status: 'refused', reason: 'unknown-lesson' } });
  });

  it('keeps one learner’s keys apart from another’s', async () => {
    const key = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
    const [a] = await syncOfflineItems(t.db, { userId, items: [completion(key, ago(1))], lessonOf }, now);
    const [b] = await syncOfflineItems(t.db, { userId: otherId, items: [completion(key, ago(1))], lessonOf }, now);
    expect([a?.duplicate, b?.duplicate]).toEqual([false, false]);
  });

  it('sending the same key from two requests at once applies it once', async () => {
    const item: OfflineItem = { key: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', kind: 'quiz', lessonId: 'logistics/02-b', occurredAt: ago(1), answers: { q1: ['a'], q2: ['a'] } };
    const before = (await t.db.select().from(quizAttempts).where(eq(quizAttempts.userId, userId))).length;
    const both = await Promise.all([syncOfflineItems(t.db, { userId, items: [item], lessonOf }, now), syncOfflineItems(t.db, { userId, items: [item], lessonOf }, now)]);
    expect(both.flat().map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect((await t.db.select().from(quizAttempts).where(eq(quizAttempts.userId, userId))).length).toBe(before + 1);
  });
});
