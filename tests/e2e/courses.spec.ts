import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { loadContent, type LoadedLesson } from '#lib/content/check.ts';
import { paperSize } from '#lib/courses/paper.ts';
import { answerQuiz, DEMO, expectAxeClean, openQuiz, paperQuestions, signIn, signUpLearner } from './helpers.ts';

const content = loadContent(join(process.cwd(), 'content'));
const lessonsOf = (course: string): LoadedLesson[] => content.lessons.filter((l) => l.course === course).sort((a, b) => a.data.order - b.data.order);


test('the catalogue filters by partner with plain links', async ({ page }) => {
  await page.goto('/courses');
  const all = await page.locator('.course-card').count();
  expect(all).toBeGreaterThanOrEqual(8);
  await page.getByRole('navigation', { name: '筛选课程' }).getByRole('link', { name: '辽宁石油化工大学' }).click();
  await expect(page).toHaveURL(/partner=lnpu/);
  const lnpu = [...content.courses.entries()].filter(([, c]) => c.partner === 'lnpu').length;
  await expect(page.locator('.course-card')).toHaveCount(lnpu);
  await page.getByRole('navigation', { name: '筛选课程' }).getByRole('link', { name: '政府工作人员' }).click();
  await expect(page).toHaveURL(/partner=lnpu&audience=government|audience=government&partner=lnpu/);
  await expectAxeClean(page);
});

test('a learner enrols, passes quizzes, sees progress rise and finishes a course', async ({ page }) => {
  test.setTimeout(120_000);
  // A course whose lessons set no sandbox scenario: finishing it takes lessons and quizzes only.
  const courseId = 'cbec-fundamentals';
  const lessons = lessonsOf(courseId);
  await signUpLearner(page);
  await page.goto(`/courses/${courseId}`);
  await expectAxeClean(page);
  await page.getByRole('button', { name: '报名学习' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

  const first = lessons[0]!;
  await page.goto(`/courses/${courseId}/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.data.title.zh);
  await expectAxeClean(page);
  // The lesson links to its quiz; the quiz page shows the learner's paper, drawn from the bank.
  await expect(page.locator('form[data-quiz]')).toHaveCount(0);
  await openQuiz(page, first);
  await expectAxeClean(page);
  const paper = await paperQuestions(page);
  expect(paper).toHaveLength(paperSize(first.data.quiz!));
  // Reopening shows the same paper until it is submitted.
  await page.reload();
  expect(await paperQuestions(page)).toEqual(paper);
  await answerQuiz(page, first, false);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.quiz-summary')).toContainText('还没有通过');
  await expect(page.locator('.quiz-summary')).toContainText(`${first.data.quiz!.passPercent}%`);
  await expect(page.locator('.quiz-question.is-incorrect').first()).toBeVisible();
  // The graded paper is closed: a new attempt is a new paper.
  await expect(page.getByRole('button', { name: '提交答案' })).toBeDisabled();
  await page.locator('.quiz-summary').getByRole('link', { name: '开始新的一次作答' }).click();
  await expect(page.locator('form[data-quiz] [data-question]')).toHaveCount(paper.length);
  await answerQuiz(page, first, true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.quiz-summary')).toContainText('测验通过');
  await page.goto(`/courses/${courseId}/${first.slug}`);
  await expect(page.locator('[data-lesson-status]')).toContainText('你已完成本课');

  await page.goto(`/courses/${courseId}`);
  const expected = String(Math.floor(100 / lessons.length));
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', expected);

  for (const lesson of lessons.slice(1)) {
    await openQuiz(page, lesson);
    await answerQuiz(page, lesson, true);
    await page.getByRole('button', { name: '提交答案' }).click();
    await expect(page.locator('.quiz-summary')).toContainText('测验通过');
  }
  await page.goto(`/courses/${courseId}`);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByText('你已完成本课程。')).toBeVisible();
  await page.goto('/learn');
  await expect(page.locator('.course-list')).toContainText('已完成');
  await expect(page.getByRole('heading', { name: '技能水平' })).toBeVisible();
  await expect(page.getByRole('table', { name: '技能水平' })).toContainText('跨境电商基础');
  await expect(page.locator('.cert-list a')).toHaveCount(1);
  await expectAxeClean(page);
  // The certificate earned through the real path opens without a session.
  const href = await page.locator('.cert-list a').first().getAttribute('href');
  await page.context().clearCookies();
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('结业证书');
  await expect(page.locator('.verify-status')).toContainText('有效');
  await expectAxeClean(page);
});

test('continue where you left off', async ({ page }) => {
  await signUpLearner(page);
  const lessons = lessonsOf('logistics');
  await page.goto('/courses/logistics');
  await page.getByRole('button', { name: '报名学习' }).click();
  await page.goto(`/courses/logistics/${lessons[2]!.slug}`);
  await expect(page.locator('[data-lesson-status]')).toContainText('本课尚未完成');
  await page.goto('/learn');
  await expect(page.getByRole('link', { name: new RegExp(lessons[2]!.data.title.zh) })).toBeVisible();
});

test('a quiz works with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, DEMO.learner);
  await expect(page).toHaveURL(/\/learn\/?$/);
  const lesson = lessonsOf('customs-clearance').find((l) => l.slug === '03-three-doc-match')!;
  await openQuiz(page, lesson);
  await answerQuiz(page, lesson, true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page).toHaveURL(/\/courses\/customs-clearance\/03-three-doc-match\/result/);
  const n = paperSize(lesson.data.quiz!);
  await expect(page.locator('.quiz-score')).toContainText(`答对 ${n}/${n} 题`);
  await expect(page.getByText('测验通过，本课已记为完成。')).toBeVisible();
  // (axe needs JavaScript, so this page is checked in the test with JavaScript on.)
  await page.goto('/courses/customs-clearance');
  await expect(page.locator('.syllabus li.done')).toHaveCount(1);
  await context.close();
});

/** The paper of the quiz page the browser shows: its id and question ids. */
async function openPaper(page: import('@playwright/test').Page, lesson: LoadedLesson): Promise<{ paperId: string; asked: string[] }> {
  await page.goto(`/courses/${lesson.course}/${lesson.slug}/quiz`);
  return { paperId: await page.locator('input[name=paperId]').inputValue(), asked: await paperQuestions(page) };
}

test('a quiz paper is graded once, against its own questions; anything else is refused with 4xx and stores nothing', async ({ page, browser }) => {
  await signUpLearner(page);
  const lesson = lessonsOf('gov-statistics')[0]!;
  const quiz = lesson.data.quiz!;
  const origin = new URL(page.url()).origin;
  const post = (form: Record<string, string>) => page.request.post(`/courses/${lesson.course}/${lesson.slug}/result?_action=lessons.submitQuiz`, { form: { lessonId: `${lesson.course}/${lesson.slug}`, ...form }, headers: { Origin: origin } });
  const { paperId, asked } = await openPaper(page, lesson);
  const first = quiz.questions.find((q) => q.id === asked[0])!;
  const undrawn = quiz.questions.find((q) => !asked.includes(q.id));
  const right = Object.fromEntries(quiz.questions.filter((q) => asked.includes(q.id)).map((q) => [`q:${q.id}`, q.answer[0]!]));

  const tampered = await post({ paperId, [`q:${first.id}`]: 'not-an-option' });
  expect(tampered.status()).toBe(400);
  expect(await tampered.text()).toContain('提交的题目或选项不在这份试卷上');
  if (undrawn) {
    // The bank holds more than the paper asks: an answer to a question not drawn is refused.
    const extra = await post({ paperId, ...right, [`q:${undrawn.id}`]: undrawn.answer[0]! });
    expect(extra.status()).toBe(400);
  }
  const unknown = await post({ paperId: 'AAAAAAAAAAAAAAAAAAAA', ...right });
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toContain('找不到这份试卷');
  const missing = await post(right);
  expect(missing.status()).toBe(400);
  // Another learner's paper is not this learner's to submit.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, DEMO.learner);
  const theirs = await openPaper(otherPage, lesson);
  const foreign = await post({ paperId: theirs.paperId, ...right });
  expect(foreign.status()).toBe(400);
  await other.close();
  await page.goto(`/courses/${lesson.course}`);
  await expect(page.locator('.syllabus li.done')).toHaveCount(0);
  // The same paper again shows the same questions; graded once, a replay is 409.
  expect((await openPaper(page, lesson)).paperId).toBe(paperId);
  const graded = await post({ paperId, ...right });
  expect(graded.status()).toBe(200);
  const replay = await post({ paperId, ...right });
  expect(replay.status()).toBe(409);
  expect(await replay.text()).toContain('这份试卷已经提交过');
  expect((await openPaper(page, lesson)).paperId).not.toBe(paperId);
});

test('the pages never carry the answer key', async ({ page }) => {
  const lesson = lessonsOf('customs-clearance')[0]!;
  const html = await (await page.request.get(`/courses/customs-clearance/${lesson.slug}`)).text();
  for (const q of lesson.data.quiz!.questions) expect(html).not.toContain(q.explanation.zh);
  expect(html).not.toContain('"answer"');
  await signIn(page, DEMO.learner);
  const quizPage = await page.request.get(`/courses/customs-clearance/${lesson.slug}/quiz`);
  expect(quizPage.headers()['cache-control']).toBe('private, no-store');
  const quizHtml = await quizPage.text();
  expect(quizHtml).toContain('name="paperId"');
  for (const q of lesson.data.quiz!.questions) expect(quizHtml).not.toContain(q.explanation.zh);
  expect(quizHtml).not.toContain('"answer"');
});

test('search finds Chinese terms across the courses, with no server round trip', async ({ page }) => {
  await page.goto('/search');
  const searchRequests: string[] = [];
  page.on('request', (r) => {
    // Pagefind's own index files are static; any other fetch or navigation would be a server round trip.
    const dynamic = ['fetch', 'xhr', 'document'].includes(r.resourceType());
    if (dynamic && !r.url().includes('/pagefind/') && !r.url().includes('/api/me')) searchRequests.push(r.url());
  });
  const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first();
  await input.fill('三单对碰');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.pagefind-ui__result-link').filter({ hasText: '三单对碰' }).first()).toBeVisible();
  await input.fill('跨境电商');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(searchRequests).toEqual([]);
  await page.goto('/en/search');
  const en = page.locator('.pagefind-ui__search-input').first();
  await en.fill('overseas warehouse');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
});

test('English pages: catalogue and an English-edition lesson', async ({ page }) => {
  await page.goto('/en/courses');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Course catalogue');
  await page.goto('/en/courses/store-operations/01-platform-rules');
  await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'en');
  await expectAxeClean(page);
  await page.goto('/en/courses/import-tax/01-limits');
  await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('This lesson’s text is in Chinese for now')).toBeVisible();
});

test('the glossary lists every term and filters as you type', async ({ page }) => {
  await page.goto('/glossary');
  const total = await page.locator('.glossary-entry').count();
  expect(total).toBe(content.glossary.size);
  await page.locator('#glossary-q').fill('三单');
  await expect(page.locator('.glossary-entry')).not.toHaveCount(total);
  await expect(page.locator('#three-doc-match')).toBeVisible();
  await expectAxeClean(page);
});

test('search finds a term from every course', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search');
  const input = page.locator('.pagefind-ui__search-input').first();
  for (const [courseId] of content.courses) {
    const lesson = lessonsOf(courseId)[0]!;
    // The lesson's own title: specific enough that the course ranks among the first ten results.
    const query = lesson.data.title.zh;
    await input.fill(query);
    const hit = page.locator(`.pagefind-ui__result-link[href*="/courses/${courseId}/"]`).first();
    const firstFive = await hit.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (!firstFive) await page.locator('.pagefind-ui__button').click();
    await expect(hit, `${courseId}: ${query}`).toBeVisible({ timeout: 15_000 });
  }
});

test('on a phone, a lesson with wide tables stays accessible (scrolling tables are keyboard-reachable)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/courses/customs-clearance/03-three-doc-match');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main table[tabindex="0"]').first()).toBeAttached();
  await expectAxeClean(page);
});
