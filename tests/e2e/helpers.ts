import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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
