/**
 * POST /api/lesson-status {lessonId}: the viewer's status on a lesson, for
 * the static lesson page: which of the lesson's forms they may submit (from
 * the one permission table) and, when they may not, the sentence to show
 * instead; for those who study, it also remembers the lesson as the place to
 * continue from.
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { t } from '#i18n/index.ts';
import { mayCallAction } from '#lib/auth/permissions.ts';
import { isLessonComplete, latestQuizAttempt, lessonScenarioResults, touchLesson } from '#lib/progress/progress.ts';
import { getDb } from '#server/db.ts';
import { studyRefusal } from '#server/lesson-access.ts';

export const prerender = false;

const input = z.object({ lessonId: z.string().regex(/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/), locale: z.enum(['zh-CN', 'en']).default('zh-CN') });
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' } });
/** The forms a lesson page can carry. */
const LESSON_ACTIONS = ['lessons.submitQuiz', 'lessons.completeLesson'] as const;

export const POST: APIRoute = async ({ request, locals }) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: 'invalid JSON' }, 400);
  }
  const parsed = input.safeParse(body);
  if (!parsed.success) return json({ error: 'invalid input' }, 400);
  const { lessonId, locale } = parsed.data;
  const user = locals.user;
  const allowed = Object.fromEntries(LESSON_ACTIONS.map((a) => [a, mayCallAction(user, a) === true]));
  const refusal = studyRefusal(user, locale);
  if (!user || refusal) return json({ signedIn: !!user, allowed, refusal: refusal?.text, refusalLink: refusal?.link });
  const db = await getDb();
  await touchLesson(db, { userId: user.id, courseId: lessonId.split('/')[0] ?? '', lessonId });
  const [done, attempt, results] = await Promise.all([isLessonComplete(db, user.id, lessonId), latestQuizAttempt(db, user.id, lessonId), lessonScenarioResults(db, user.id, lessonId)]);
  const parts = [t(locale, done ? 'lesson.status.done' : 'lesson.status.todo')];
  if (attempt) parts.push(t(locale, 'lesson.status.attempt', { score: attempt.score }));
  // Each graded scenario of the lesson the learner tried, for its SandboxTask box (data-scenario).
  const scenarios = results.map((r) => ({ id: r.scenarioId, passed: r.passed, text: t(locale, r.passed ? 'lesson.scenario.passed' : 'lesson.scenario.tried') }));
  return json({ signedIn: true, studying: true, allowed, done, text: parts.join(' · '), scenarios });
};
