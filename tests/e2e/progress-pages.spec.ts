import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';

test('the demo official sees their study page, the study-hour ledger with reasons, statistics and downloads CSV', async ({ page }) => {
  await signIn(page, DEMO.government);
  await page.goto('/gov/study');
  await expect(page.getByRole('heading', { name: '我的学习' })).toBeVisible();
  await expectAxeClean(page);
  await page.goto('/gov/hours');
  await expect(page.locator('table').first()).toContainText('学习 42 分钟');
  await expect(page.getByRole('heading', { name: /学时汇总/ })).toBeVisible();
  await expectAxeClean(page);
  const ledger = await page.request.get('/gov/hours/ledger.csv');
  expect(ledger.headers()['content-type']).toContain('text/csv');
  expect((await ledger.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  await page.goto('/gov/hours/record');
  await expectAxeClean(page);
  await page.goto('/statistics?from=2020-13&to=x');
  await expect(page.getByRole('status')).toBeVisible();
  await expect(page.locator('svg[role="img"]').first()).toBeVisible();
  await expectAxeClean(page);
  // Every table has its chart beside it.
  const tables = page.locator('section:has(table.data-table)');
  expect(await tables.count()).toBeGreaterThan(0);
  for (const section of await tables.all()) await expect(section.locator('svg[role="img"]')).toHaveCount(1);
  const csv = await page.request.get('/statistics/courses.csv');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('课程');
  const trained = await page.request.get('/statistics/trained.csv');
  expect(trained.status()).toBe(200);
  expect(await trained.text()).toContain('学员所在院校');
});

test('the demo instructor sees a populated class; a learner may not open it', async ({ page, browser }) => {
  await signIn(page, DEMO.instructor);
  await page.goto('/instructor/classes');
  await page.getByRole('link', { name: '2026级跨境电商1班' }).click();
  await expect(page.locator('#table-learners')).toContainText('learner@demo.academy');
  await expect(page.locator('#table-funnel')).toBeVisible();
  await expectAxeClean(page);
  const csv = await page.request.get(`${new URL(page.url()).pathname}/learners.csv`);
  expect(csv.status()).toBe(200);
  // Item analysis: each share is over the attempts whose drawn paper asked the question.
  const items = await page.request.get(`${new URL(page.url()).pathname}/items.csv`);
  expect(items.status()).toBe(200);
  expect(await items.text()).toContain('占抽到该题的作答');
  const other = await (await browser.newContext()).newPage();
  await signIn(other, DEMO.learner);
  const refused = await other.request.get(new URL(page.url()).pathname);
  expect(refused.status()).toBe(403);
  await other.goto('/learn');
  await other.locator('#f-code').fill('WRONG123');
  await other.getByRole('button', { name: '加入班级' }).click();
  await expect(other.locator('.error-summary')).toContainText('加入码不正确');
  await expectAxeClean(other);
});
