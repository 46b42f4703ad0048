/**
 * POST /api/study-time {lessonId}: the lesson page's heartbeat (once a minute while the page is
 * visible). The server counts the time since the previous heartbeat, capped, so a client that
 * pings faster earns no more (src/lib/study-hours/rules.ts).
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { can } from '#lib/auth/permissions.ts';
import { recordStudyPing } from '#lib/study-hours/ledger.ts';
import { getDb } from '#server/db.ts';
import { getCourseSummary } from '#server/content.ts';

export const prerender = false;

const input = z.object({ lessonId: z.string().regex(/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/) });

export const POST: APIRoute = async ({ request, locals }) => {
  if (!can(locals.user, 'course:enrol') || !locals.user) return new Response(null, { status: 403 });
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400 });
  const courseId = parsed.data.lessonId.split('/')[0] ?? '';
  const course = await getCourseSummary(courseId);
  if (!course?.lessons.some((l) => l.id === parsed.data.lessonId)) return new Response(null, { status: 404 });
  await recordStudyPing(await getDb(), { userId: locals.user.id, lessonId: parsed.data.lessonId, courseId });
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
};
