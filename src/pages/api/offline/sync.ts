/**
 * POST /api/offline/sync {items}: what the signed-in learner's device queued while offline (lesson
 * completions, quiz answers), applied once each by idempotency key (src/lib/offline/sync.ts). Only
 * same-origin requests: the JSON body falls outside Astro's origin check, so it is checked here.
 * Answers 200 with one result per item; items queued under another account are left for it.
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { syncOfflineItems, type OfflineItem } from '#lib/offline/sync.ts';
import { MAX_ITEMS_PER_SYNC } from '#lib/offline/queue.ts';
import { PAPER_ID } from '#lib/progress/quiz-papers.ts';
import { getDb } from '#server/db.ts';
import { studyRefusal } from '#server/lesson-access.ts';
import { courseRef, getCourseSummary, getLessonQuiz } from '#server/content.ts';

export const prerender = false;

const lessonId = z.string().regex(/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/);
const common = { key: z.uuid(), lessonId, occurredAt: z.iso.datetime({ offset: true }), userId: z.string().min(1).max(100) };
const item = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('lesson-complete') }),
  z.object({
    ...common,
    kind: z.literal('quiz'),
    answers: z.record(z.string().regex(/^[\w-]{1,40}$/), z.array(z.string().max(40)).max(20)).refine((a) => Object.keys(a).length <= 100),
    paperId: z.string().regex(PAPER_ID).optional(),
    durationMs: z.number().int().min(0).max(86_400_000).optional(),
  }),
]);
const input = z.object({ items: z.array(item).min(1).max(MAX_ITEMS_PER_SYNC) });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' } });

async function lessonOf(id: string) {
  const course = await getCourseSummary(id.split('/')[0] ?? '');
  if (!course?.lessons.some((l) => l.id === id)) return undefined;
  return { course: courseRef(course), quiz: await getLessonQuiz(id) };
}

export const POST: APIRoute = async ({ request, locals, url }) => {
  if (request.headers.get('origin') !== url.origin) return json({ error: 'cross-origin request' }, 403);
  const user = locals.user;
  if (!user) return json({ error: 'signed out' }, 401);
  if (studyRefusal(user, 'zh-CN')) return json({ error: 'forbidden' }, 403);
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return json({ error: 'invalid input' }, 400);
  const mine = parsed.data.items.filter((i) => i.userId === user.id);
  const items: OfflineItem[] = mine.map((i) =>
    i.kind === 'quiz'
      ? { key: i.key, kind: i.kind, lessonId: i.lessonId, occurredAt: new Date(i.occurredAt), answers: i.answers, paperId: i.paperId, durationMs: i.durationMs }
      : { key: i.key, kind: i.kind, lessonId: i.lessonId, occurredAt: new Date(i.occurredAt) },
  );
  const results = await syncOfflineItems(await getDb(), { userId: user.id, items, lessonOf });
  const otherAccount = parsed.data.items.filter((i) => i.userId !== user.id).map((i) => i.key);
  return json({ results, otherAccount, syncedAt: new Date().toISOString() });
};
