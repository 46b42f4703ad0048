import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { LoadedLesson } from '#lib/content/check.ts';

export const DEMO = {
  learner: { email: 'learner@demo.academy', password: 'demo-learner-2026' },
  enterprise: { email: 'enterprise@demo.academy', password: 'demo-enterprise-2026' },
  instructor: { email: 'instructor@demo.academy', password: 'demo-instructor-2026' },
  government: { email: 'government@demo.academy', password: 'demo-government-2026' },
  admin: { email: 'admin@demo.academy', password: 'demo-admin-2026' },
} as const;

export async function signIn(page: Page, who: { email: string; password: string }, path = '/signin'): Promise<void> {
  await page.goto(path);
  await page.locator('#f-email').fill(who.email);
  await page.locator('#f-password').fill(who.password);
  await page.locator('form.stack button[type=submit]').click();
  await page.waitForLoadState('networkidle');
}

/** Fails on any WCAG A/AA violation axe finds on the current page. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary).toEqual([]);
}

/** After a sign-up form is sent: the sign-in page with the sign-up notice (the same for a new and a registered address); signs in there. */
export async function signInAfterSignUp(page: Page, email: string, password: string): Promise<void> {
  await expect(page).toHaveURL(/\/signin\?registered=1$/);
  await expect(page.getByRole('status').filter({ hasText: /注册申请已收到|Your sign-up has been received/ })).toBeVisible();
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.locator('main form').getByRole('button').click();
}

/** A new learner account through the sign-up form (a fresh learner has no progress), signed in at /learn. */
export async function signUpLearner(page: Page, displayName = '课程测试'): Promise<void> {
  const email = `learner-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.cn`;
  await page.goto('/signup/learner');
  await page.locator('#f-displayName').fill(displayName);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill('course-pass-123');
  await page.getByRole('button', { name: '创建账户' }).click();
  await signInAfterSignUp(page, email, 'course-pass-123');
  await expect(page).toHaveURL(/\/learn\/?$/);
}

/** The question ids of the quiz paper on the page (the server drew them from the bank), in order. */
export async function paperQuestions(page: Page): Promise<string[]> {
  return page.locator('form[data-quiz] [data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['question'] ?? ''));
}

/** Opens the lesson's quiz page from the lesson page (its link), where the learner's paper is shown. */
export async function openQuiz(page: Page, lesson: LoadedLesson, prefix = ''): Promise<void> {
  await page.goto(`${prefix}/courses/${lesson.course}/${lesson.slug}`);
  await page.locator('a[href$="/quiz"]').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${lesson.course}/${lesson.slug}/quiz$`));
  await expect(page.locator('form[data-quiz] input[name=paperId]')).toHaveCount(1);
}

/**
 * Ticks the answers of the paper on the page from the lesson's key (the test reads the content; the
 * page never has it), or a wrong one per question. Only the paper's questions: the bank holds more.
 */
export async function answerQuiz(page: Page, lesson: LoadedLesson, correctly: boolean): Promise<void> {
  const asked = new Set(await paperQuestions(page));
  expect(asked.size).toBeGreaterThan(0);
  for (const q of lesson.data.quiz!.questions) {
    if (!asked.has(q.id)) continue;
    const wanted = correctly ? q.answer : [q.options.find((o) => !q.answer.includes(o.id))!.id];
    for (const id of wanted) await page.locator(`input[name="q:${q.id}"][value="${id}"]`).check();
  }
}
