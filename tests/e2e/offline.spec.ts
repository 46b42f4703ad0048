/**
 * Offline lessons: a learner saves a course on the course page, goes offline (the page and its
 * service worker both lose the network), reads lessons from the device, answers two quizzes on the
 * quiz pages saved with them (each the learner's open paper when the course was saved; one passed,
 * which completes its lesson), sees them wait to sync, comes back online and finds the progress on
 * the server, graded there against those papers. Then the sync endpoint's contract from outside: one answer
 * per idempotency key, same-origin only.
 */
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { join } from 'node:path';
import { loadContent, type LoadedLesson } from '#lib/content/check.ts';
import { answerQuiz, expectAxeClean, paperQuestions, signUpLearner } from './helpers.ts';

const content = loadContent(join(process.cwd(), 'content'));
const COURSE = 'cbec-fundamentals';
const lessons = content.lessons.filter((l) => l.course === COURSE).sort((a, b) => a.data.order - b.data.order);
const url = (l: LoadedLesson) => `/courses/${l.course}/${l.slug}`;

/** From the lesson page, its quiz page (saved with the course) and the paper on it. */
async function submitQuiz(page: Page, lesson: LoadedLesson, correctly: boolean): Promise<void> {
  await page.locator('a[href$="/quiz"]').click();
  await expect(page).toHaveURL(new RegExp(`${url(lesson)}/quiz$`));
  await answerQuiz(page, lesson, correctly);
  await page.getByRole('button', { name: '提交答案' }).click();
}

/** Requests the service worker makes do not see context.setOffline in Chromium: they are refused here too. */
const refuseWorker = (route: Route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback());
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**', refuseWorker);
}
async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**', refuseWorker);
  await context.setOffline(false);
}

test('a saved course opens offline; quiz answers queued offline are graded on the server once back online', async ({ page, context }) => {
  test.setTimeout(60_000);
  await signUpLearner(page, '离线学员');
  await page.goto(`/courses/${COURSE}`);
  const box = page.getByRole('region', { name: '离线学习' });
  await box.getByRole('button', { name: '保存课程以便离线学习' }).click();
  await expect(box.locator('[data-offline-status]')).toContainText(`已保存到此设备：${lessons.length} 节课`, { timeout: 30_000 });
  await expect(box).toContainText('没有等待同步的内容');
  await expectAxeClean(page);

  await goOffline(context);
  const [first, second] = [lessons[0]!, lessons[1]!];
  await page.goto(url(first));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.data.title.zh);
  await expect(page.locator('[data-offline-note]')).toContainText('此课已保存，可离线阅读');
  await submitQuiz(page, first, true);
  await expect(page.locator('.quiz-summary')).toContainText('你的答案已保存在此设备上');
  // The key never reached the page: nothing is marked right or wrong before the server grades.
  await expect(page.locator('.quiz-question.is-correct, .quiz-question.is-incorrect')).toHaveCount(0);

  await page.goto(url(first));
  await page.locator('a[rel=next]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.data.title.zh);
  await submitQuiz(page, second, false);
  await expect(page.locator('.quiz-summary')).toContainText('你的答案已保存在此设备上');
  await page.goto(url(second));
  await expect(page.locator('[data-offline-note] [data-offline-pending]')).toContainText('等待同步：2 项');

  // A page never saved: the offline page, listing what is saved.
  await page.goto('/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线学习');
  await expect(page.getByRole('link', { name: first.data.title.zh })).toBeVisible();
  await expect(page.locator('[data-offline-pending]')).toContainText('等待同步：2 项');
  await expectAxeClean(page);

  await goOnline(context);
  await page.goto(url(second));
  await expect(page.locator('[data-offline-note] [data-offline-pending]')).toContainText('没有等待同步的内容', { timeout: 15_000 });

  await page.goto(`/courses/${COURSE}`);
  await expect(box.locator('[data-offline-last]')).toContainText('上次同步');
  await expect(box.locator('[data-offline-last]')).toContainText(`测验「${first.data.title.zh}」：100%，通过`);
  await expect(box.locator('[data-offline-last]')).toContainText(`测验「${second.data.title.zh}」：0%，未通过`);
  await expect(page.locator('.syllabus li.done')).toHaveCount(1);
  await expect(page.locator('.syllabus li.done')).toContainText(first.data.title.zh);

  await page.goto('/learn');
  await expect(page.locator('.course-list')).toContainText(/已完成 1\/\d+ 项/);
});

test('the sync endpoint applies each idempotency key once and refuses other origins', async ({ page, baseURL }) => {
  await signUpLearner(page, '离线学员');
  const me = (await (await page.request.get('/api/me')).json()) as { user: { displayName: string } };
  expect(me.user.displayName).toBe('离线学员');
  const lesson = lessons[2]!;
  // The course page hands the save button the learner's id (queued items name their account).
  await page.goto(`/courses/${COURSE}`);
  const { userId } = JSON.parse((await page.locator('[data-offline-course]').getAttribute('data-course')) ?? '{}') as { userId: string };
  // The quiz page shows the learner's paper; a queued answer names it.
  await page.goto(`${url(lesson)}/quiz`);
  const paperId = await page.locator('input[name=paperId]').inputValue();
  const asked = new Set(await paperQuestions(page));
  const answers = Object.fromEntries(lesson.data.quiz!.questions.filter((q) => asked.has(q.id)).map((q) => [q.id, q.answer]));
  const item = { key: crypto.randomUUID(), userId, kind: 'quiz', lessonId: `${lesson.course}/${lesson.slug}`, occurredAt: new Date(Date.now() - 60_000).toISOString(), answers, paperId };
  const post = (headers: Record<string, string>, items: unknown[] = [item]) => page.request.post('/api/offline/sync', { headers: { 'content-type': 'application/json', ...headers }, data: { items } });

  expect((await post({ origin: 'https://elsewhere.example' })).status()).toBe(403);
  const first = await post({ origin: baseURL! });
  expect(first.status()).toBe(200);
  const again = await post({ origin: baseURL! });
  const [a, b] = [((await first.json()) as { results: { duplicate: boolean; outcome: unknown }[] }).results[0]!, ((await again.json()) as { results: { duplicate: boolean; outcome: unknown }[] }).results[0]!];
  expect(a).toMatchObject({ duplicate: false, outcome: { status: 'applied', kind: 'quiz', score: 100, passed: true, newlyCompleted: true } });
  expect(b).toEqual({ ...a, duplicate: true });
  // The paper is graded: answers for it under a new key are refused; so are answers naming no paper (the quiz draws from a bank).
  // (The server applies items in time order, then by key: read each result by its key, not its position.)
  const [closedKey, noPaperKey] = [crypto.randomUUID(), crypto.randomUUID()];
  const late = await post({ origin: baseURL! }, [{ ...item, key: closedKey }, { ...item, key: noPaperKey, paperId: undefined }]);
  const byKey = new Map(((await late.json()) as { results: { key: string; outcome: unknown }[] }).results.map((r) => [r.key, r.outcome]));
  expect(byKey.get(closedKey)).toEqual({ status: 'refused', reason: 'paper-closed' });
  expect(byKey.get(noPaperKey)).toEqual({ status: 'refused', reason: 'paper-required' });
  expect((await page.request.post('/api/offline/sync', { headers: { origin: baseURL!, 'content-type': 'application/json' }, data: { items: [{ ...item, key: 'not-a-uuid' }] } })).status()).toBe(400);
});
