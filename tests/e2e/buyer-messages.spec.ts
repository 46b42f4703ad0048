import { expect, test } from '@playwright/test';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';
import { addFormula, noJs, openStore, runDay } from './workbench-helpers.ts';

test('learner: a market day brings a buyer message; the reply is graded; the next market day shows in the chart and table', async ({ page: jsPage, browser }) => {
  await signIn(jsPage, DEMO.learner);
  const page = await noJs(browser, jsPage);
  await openStore(page, `买家消息练习${Date.now() % 100000}`, 'advanced-certified');
  await addFormula(page);
  await runDay(page, 7);
  const days = page.locator('#table-market-days tbody tr');
  await expect(days).toHaveCount(1);
  await expect(page.locator('svg.bar-chart title')).toHaveText('各市场日订单数');

  const message = page.locator('article.wb-message').first();
  await expect(message.locator('blockquote[lang=zh]')).toBeVisible();
  const orderText = (await message.locator('p.muted').textContent().catch(() => null)) ?? '';
  const orderNo = /FS[IE]\d+/.exec(orderText)?.[0] ?? '';
  await message.locator('textarea').fill(`您好！非常抱歉给您带来不便，感谢您的耐心。订单${orderNo}我们会在2天内为您发货或办理退款，有货今天就发出。祝您生活愉快！`);
  await message.getByRole('button', { name: '发送回复' }).click();
  await expect(page.getByRole('status')).toContainText('回复已发送，评分');
  const graded = page.locator('.wb-grade').first();
  await expect(graded).toContainText('合格');
  await expect(graded.locator('li[data-element=language][data-found=true]')).toHaveCount(1);
  await jsPage.goto(page.url());
  await expectAxeClean(jsPage);

  await runDay(page, 8);
  await expect(days).toHaveCount(2);
  await expect(page.locator('svg.bar-chart rect')).toHaveCount(2);
  await jsPage.goto(page.url());
  await expectAxeClean(jsPage);
});
