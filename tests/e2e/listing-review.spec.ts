/**
 * The listing review from the demo: the demo learner's export store has a ginseng tea whose title the
 * review rejects ("最好的"); publishing is refused, the learner fixes the title and publishes. Without
 * JavaScript (the forms are Astro Actions), axe-clean.
 */
import { expect, test } from './fixtures.ts';
import { DEMO, expectAxeClean } from './helpers.ts';
import { noJs } from './workbench-helpers.ts';
import { DEMO_STORE_NAMES, REJECTED_LISTING } from '#lib/seed/demo-store.ts';

test('demo learner: a rejected listing is fixed and published', async ({ page: jsPage, browser, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs(DEMO.learner);
  const page = await noJs(browser, jsPage);
  /** axe needs JavaScript: it runs on the same URL in the signed-in page that has it. */
  const axeOn = async (url: string) => {
    await jsPage.goto(url);
    await expectAxeClean(jsPage);
  };
  await page.goto('/sandbox');
  await page.getByRole('link', { name: DEMO_STORE_NAMES.export }).first().click();
  const sku = REJECTED_LISTING.sku;
  const card = page.locator(`[data-listing="${sku}"]`);
  const rejectedTitle = REJECTED_LISTING.texts[0]!.title;

  // a database left from an earlier run: put the seeded listing back
  if ((await card.locator('[data-status]').getAttribute('data-status')) !== 'rejected') {
    if (await card.getByRole('button', { name: `下架 ${sku}` }).isVisible()) await card.getByRole('button', { name: `下架 ${sku}` }).click();
    await card.locator('summary').click();
    await page.locator(`#e-${sku}-title-zh`).fill(rejectedTitle);
    await card.getByRole('button', { name: '保存并重新审核' }).click();
  }

  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'rejected');
  const finding = card.locator('[data-code="LISTING_ABSOLUTE_CLAIM"]');
  await expect(finding).toContainText('广告法');
  await expect(finding.getByRole('link', { name: '讲解课程' })).toHaveAttribute('href', '/courses/marketplace-growth/02-listing-optimization');
  await axeOn(page.url());

  await card.getByRole('button', { name: `发布 ${sku}` }).click();
  await expect(page.getByRole('alert').or(page.locator('.error-summary')).first()).toContainText('LISTING_ABSOLUTE_CLAIM');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'rejected');

  await card.locator('summary').click();
  await page.locator(`#e-${sku}-title-zh`).fill('新宾参坊人参茶 林下参切片绿茶拼配 3克×20袋');
  await card.getByRole('button', { name: '保存并重新审核' }).click();
  await expect(page.getByRole('status').first()).toContainText(sku);
  await expect(card.locator('[data-code="LISTING_ABSOLUTE_CLAIM"]')).toHaveCount(0);
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'unpublished');

  await card.getByRole('button', { name: `发布 ${sku}` }).click();
  await expect(page.getByRole('status').first()).toContainText('已发布');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'published');
  await axeOn(page.url());

  await page.goto(page.url().replace(/^(https?:\/\/[^/]+)/, '$1/en'));
  await expect(page.locator(`[data-listing="${sku}"] [data-status]`)).toContainText('Published on the storefront');
  await axeOn(page.url());
});
