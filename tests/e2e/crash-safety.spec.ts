/**
 * Crash safety (issue 16, item 9): the built server on a temporary file database takes a stream of
 * lesson completions, quiz submissions and sandbox declarations (graded scenarios, signed and checked)
 * from signed-in learners and is SIGKILLed at random moments, CRASH_KILLS times (default 22). After
 * each restart every write it acknowledged (answered 2xx) is in the database, and `PRAGMA
 * integrity_check` is `ok` — after each restart and once more on a fresh connection at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { and, eq, inArray } from 'drizzle-orm';
import { signUp } from '#lib/auth/accounts.ts';
import { openDatabase, type OpenDatabase } from '#lib/db/client.ts';
import { lessonCompletions, quizAttempts } from '#lib/db/schema-progress.ts';
import { scenarioAttempts } from '#lib/db/schema-sandbox.ts';
import { ROOT, seededDatabase, sessionCookie, startOwnServer, type OwnServer } from './own-server.ts';

const KILLS = Number(process.env['CRASH_KILLS'] ?? 22);
const STREAMS = 6;
const QUIZ_LESSON = 'cbec-fundamentals/01-what-is-cbec';
const SCENARIO = 'import-9610-amount-paid';

/** Every lesson of the catalogue (`course/NN-slug`) with the form fields that pass its quiz (from its front matter), per question. */
function passingForms(): Array<{ lessonId: string; fields: Array<[string, string]> }> {
  const dir = join(ROOT, 'content', 'courses');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => /^\d{2}-[a-z0-9-]+\.mdx$/.test(f))
        .flatMap((f) => {
          const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, d.name, f), 'utf8'))?.[1] ?? '';
          const quiz = (parse(front) as { quiz?: { questions: Array<{ id: string; answer: string[] }> } }).quiz;
          if (!quiz) return [];
          return [{ lessonId: `${d.name}/${f.slice(0, -4)}`, fields: quiz.questions.flatMap((q) => q.answer.map((a): [string, string] => [`q:${q.id}`, a])) }];
        }),
    );
}

function scenarioForm(): URLSearchParams {
  const dir = join(ROOT, 'content', 'scenarios', SCENARIO, 'solution');
  const form = new URLSearchParams({ scenarioId: SCENARIO });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml'))) form.set(`xml_${f.slice(0, -4)}`, readFileSync(join(dir, f), 'utf8'));
  return form;
}

interface Acknowledged {
  completions: Array<{ userId: string; lessonId: string }>;
  /** Quiz attempts by their unique durationMs token. */
  quizzes: Array<{ userId: string; lessonId: string; token: number }>;
  scenarios: Map<string, number>;
}

async function checkAcknowledged(opened: OpenDatabase, ack: Acknowledged): Promise<string[]> {
  const missing: string[] = [];
  const users = [...new Set(ack.completions.map((c) => c.userId).concat(ack.quizzes.map((q) => q.userId)))];
  const done = users.length === 0 ? [] : await opened.db.select({ userId: lessonCompletions.userId, lessonId: lessonCompletions.lessonId }).from(lessonCompletions).where(inArray(lessonCompletions.userId, users));
  const doneSet = new Set(done.map((d) => `${d.userId} ${d.lessonId}`));
  for (const c of ack.completions) if (!doneSet.has(`${c.userId} ${c.lessonId}`)) missing.push(`completion ${c.lessonId} of ${c.userId}`);
  const quizzes = users.length === 0 ? [] : await opened.db.select({ userId: quizAttempts.userId, token: quizAttempts.durationMs }).from(quizAttempts).where(inArray(quizAttempts.userId, users));
  const quizSet = new Set(quizzes.map((q) => `${q.userId} ${q.token}`));
  for (const q of ack.quizzes) if (!quizSet.has(`${q.userId} ${q.token}`)) missing.push(`quiz attempt ${q.token} of ${q.userId}`);
  for (const [userId, n] of ack.scenarios) {
    const rows = await opened.db.select({ id: scenarioAttempts.id }).from(scenarioAttempts).where(and(eq(scenarioAttempts.userId, userId), eq(scenarioAttempts.scenarioId, SCENARIO)));
    if (rows.length < n) missing.push(`${n - rows.length} of ${n} scenario attempts of ${userId}`);
  }
  return missing;
}

async function integrity(opened: OpenDatabase): Promise<string> {
  const r = await opened.client.execute('PRAGMA integrity_check');
  return r.rows.map((row) => row['integrity_check'] as string).join('; ');
}

test.describe.configure({ timeout: 240_000 });

test(`every acknowledged write survives ${KILLS} SIGKILLs and the database stays intact`, async () => {
  const db = await seededDatabase('academy-crash-');
  const opened = await openDatabase({ url: `file:${db.file}` });
  let server: OwnServer | undefined;
  try {
    const learners = await Promise.all(
      Array.from({ length: 3 }, async (_, i) => {
        const u = await signUp(opened.db, { role: 'learner', email: `crash-${i}@example.cn`, password: 'a-long-password', displayName: `崩溃测试${i}` });
        return { id: u.id, cookie: await sessionCookie(opened, u.email) };
      }),
    );
    const lessons = passingForms();
    expect(lessons.length).toBeGreaterThan(20);
    const scenario = scenarioForm().toString();
    const ack: Acknowledged = { completions: [], quizzes: [], scenarios: new Map() };
    let token = 1;
    let sent = 0;
    let lost = 0;
    for (let round = 1; round <= KILLS + 1; round++) {
      server = await startOwnServer(db.file);
      const base = server.base;
      const missing = await checkAcknowledged(opened, ack);
      expect(missing, `after restart ${round - 1}: acknowledged writes missing`).toEqual([]);
      expect(await integrity(opened)).toBe('ok');
      if (round > KILLS) break;
      let stop = false;
      const post = async (learner: (typeof learners)[number], action: string, body: string): Promise<boolean> => {
        sent += 1;
        let status: number;
        try {
          const res = await fetch(`${base}/_actions/${action}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie: learner.cookie } });
          await res.arrayBuffer();
          status = res.status;
        } catch (e) {
          // Cut off by the kill: not acknowledged, so it may or may not have been written.
          if (!stop) throw e;
          lost += 1;
          return false;
        }
        // Two streams of one learner on one quiz share the open paper: the second submit finds it graded (409, nothing written).
        if (action === 'lessons.submitQuiz' && status === 409) return false;
        expect(status, `${action}`).toBe(200);
        return true;
      };
      /** The learner's open paper of a lesson (the quiz page draws it): its id and the questions it asks; null when cut off by the kill. */
      const openPaper = async (learner: (typeof learners)[number], lessonId: string): Promise<{ paperId: string; asked: Set<string> } | null> => {
        let html: string;
        try {
          const res = await fetch(`${base}/courses/${lessonId}/quiz`, { headers: { cookie: learner.cookie } });
          html = await res.text();
          expect(res.status, `quiz page of ${lessonId}`).toBe(200);
        } catch (e) {
          if (!stop) throw e;
          return null;
        }
        const paperId = /name="paperId" value="([^"]+)"/.exec(html)?.[1] ?? '';
        return { paperId, asked: new Set([...html.matchAll(/name="q:([^"]+)"/g)].map((m) => m[1]!)) };
      };
      const stream = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const learner = learners[(n + i) % learners.length]!;
          const kind = (n + i) % 3;
          if (kind === 0) {
            // A lesson is completed by passing its quiz: the completion and the attempt are both acknowledged writes.
            const lesson = lessons[(round * 7 + n * 13 + i) % lessons.length]!;
            const paper = await openPaper(learner, lesson.lessonId);
            if (!paper) continue;
            const t = token++;
            const fields = lesson.fields.filter(([name]) => paper.asked.has(name.slice(2)));
            const body = new URLSearchParams([['lessonId', lesson.lessonId], ['paperId', paper.paperId], ['durationMs', String(t)], ...fields]).toString();
            if (await post(learner, 'lessons.submitQuiz', body)) {
              ack.completions.push({ userId: learner.id, lessonId: lesson.lessonId });
              ack.quizzes.push({ userId: learner.id, lessonId: lesson.lessonId, token: t });
            }
          } else if (kind === 1) {
            const paper = await openPaper(learner, QUIZ_LESSON);
            if (!paper) continue;
            const t = token++;
            // Unanswered: a failing attempt.
            if (await post(learner, 'lessons.submitQuiz', new URLSearchParams({ lessonId: QUIZ_LESSON, paperId: paper.paperId, durationMs: String(t) }).toString())) ack.quizzes.push({ userId: learner.id, lessonId: QUIZ_LESSON, token: t });
          } else if (await post(learner, 'scenarios.submit', scenario)) {
            ack.scenarios.set(learner.id, (ack.scenarios.get(learner.id) ?? 0) + 1);
          }
        }
      };
      // A stream that fails stops the round; its error is raised after the kill, so no server outlives the test.
      let failure: unknown;
      const streams = Array.from({ length: STREAMS }, (_, n) =>
        stream(n).catch((e: unknown) => {
          failure ??= e;
          stop = true;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 1_200));
      stop = true;
      await server.kill();
      await Promise.all(streams);
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error('a write stream failed');
    }
    // Each acknowledged quiz (passing ones also complete their lesson) and scenario submission, once.
    const acknowledged = ack.quizzes.length + [...ack.scenarios.values()].reduce((a, b) => a + b, 0);
    console.log(`crash safety: ${KILLS} SIGKILLs, ${sent} writes sent, ${acknowledged} acknowledged (${ack.completions.length} of them completing a lesson) and all present, ${lost} cut off by a kill`);
    expect(acknowledged).toBeGreaterThan(KILLS * 5);
    await server?.stop();
    server = undefined;
    const fresh = await openDatabase({ url: `file:${db.file}` });
    expect(await integrity(fresh)).toBe('ok');
    expect(await checkAcknowledged(fresh, ack)).toEqual([]);
    fresh.client.close();
  } finally {
    await server?.stop();
    opened.client.close();
    db.cleanup();
  }
});
