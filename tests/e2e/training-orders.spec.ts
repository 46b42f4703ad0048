/**
 * Order-based training end to end, in Chromium, both languages, axe-clean: the demo enterprise posts
 * an order (a refused form first, its fields kept) → a learner applies (English) → matching → offer →
 * accept → trainees' progress → completion → placement → the 3-month "still employed?" task appears.
 * And the government user's talent view with its CSV; another enterprise's order is not found; an
 * incubation team's second member works in the team's store, is named in its activity, and loses the
 * store on leaving.
 */
import type { Browser, Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { trainingOrders } from '#lib/db/schema-orders.ts';
import { expect, test } from './fixtures.ts';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';

/** The trainee of the demo data who holds no offer (so matching can place them). */
const TRAINEE = { email: 'trainee4@demo.academy', password: 'demo-trainee-2026', name: '周航（演示学员）' };

function day(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function as(browser: Browser, who: { email: string; password: string }, signInPath = '/signin'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, signInPath);
  return page;
}

test('enterprise posts → learner applies → matching → offer → accept → progress → completion → placement → 3-month task', async ({ browser, e2eDatabase }) => {
  test.setTimeout(120_000);
  const ent = await as(browser, DEMO.enterprise);
  await ent.goto('/enterprise/orders/new');
  await expectAxeClean(ent);
  const title = `e2e 报关订单 ${Date.now()}`;
  const fill = async (values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) await ent.locator(`#f-${name}`).fill(value);
  };
  await fill({ titleZh: title, titleEn: 'E2E customs order', descriptionZh: '端到端测试的培训订单。', requires: 'cbec-basics: 10', seats: '0', stipend: '-5', salaryMin: '4000', salaryMax: '6000', hireCount: '1', hireRole: '报关专员', deadline: day(-1), trainingStart: day(10), trainingEnd: day(40) });
  await ent.locator('input[name=courses][value="cbec-fundamentals"]').check();
  await ent.locator('button[name=publish][value=open]').click();
  await expect(ent.locator('.error-summary')).toBeVisible();
  await expect(ent.locator('#f-seats-error')).toContainText('名额');
  await expect(ent.locator('#f-stipend-error')).toContainText('金额');
  await expect(ent.locator('#f-deadline-error')).toBeVisible();
  await expect(ent.locator('#f-titleZh')).toHaveValue(title);
  await expect(ent.locator('input[name=courses][value="cbec-fundamentals"]')).toBeChecked();
  await expectAxeClean(ent);
  await fill({ seats: '1', stipend: '1,200.50', deadline: day(7) });
  await ent.locator('button[name=publish][value=open]').click();
  await expect(ent).toHaveURL(/\/enterprise\/orders\/[a-z0-9]+$/);
  const orderId = ent.url().split('/').pop()!;
  await expect(ent.locator('[data-state]')).toContainText('报名中');
  await expectAxeClean(ent);
  await ent.goto(`/en/enterprise/orders/${orderId}/edit`);
  await expect(ent.locator('#f-seats')).toHaveValue('1');
  await expect(ent.locator('#f-stipend')).toHaveValue('1200.50');
  await expectAxeClean(ent);

  // A learner reads the order in English with the reasons of their fit, and applies.
  const learner = await as(browser, TRAINEE, '/en/signin');
  await learner.goto('/en/training-orders');
  await expect(learner.locator(`[data-order="${orderId}"]`)).toContainText('E2E customs order');
  await expectAxeClean(learner);
  await learner.goto('/en/training-orders?park=wood-products&skill=cbec-basics');
  await expect(learner.locator(`[data-order="${orderId}"]`)).toHaveCount(0);
  await learner.goto(`/en/training-orders/${orderId}`);
  await expect(learner.locator('#fit-h')).toHaveText('How well you fit and why');
  await expect(learner.locator('[data-fit]')).toContainText('/ required 10 ✓');
  await expectAxeClean(learner);
  await learner.locator('#f-statement').fill('I finished the CBEC fundamentals course.');
  await learner.getByRole('button', { name: 'Send application' }).click();
  await expect(learner.getByRole('status').filter({ hasText: 'Application sent' })).toBeVisible();

  // The enterprise sees the ranked, explained applicant; applications cannot be closed before the deadline.
  await ent.goto(`/enterprise/orders/${orderId}`);
  const applicant = ent.locator('[data-applicant]').filter({ hasText: TRAINEE.name });
  await expect(applicant).toContainText('匹配度');
  await expect(applicant).toContainText('要求 10 ✓');
  await expect(ent.locator('button[name=to][value=matching]')).toHaveCount(0);
  const early = await ent.request.post(`/enterprise/orders/${orderId}?_action=enterprise.transition`, { form: { orderId, to: 'matching' }, headers: { Origin: new URL(ent.url()).origin } });
  expect(early.status()).toBe(409);
  expect(await early.text()).toContain('报名截止后才能结束报名');
  await ent.reload();
  await expect(ent.locator('[data-state]')).toContainText('报名中');
  // The deadline passes (the clock of the order, moved back a week); the enterprise closes applications and runs matching.
  await e2eDatabase.db.update(trainingOrders).set({ deadline: new Date(Date.now() - 60_000) }).where(eq(trainingOrders.id, orderId));
  await ent.reload();
  await ent.locator('button[name=to][value=matching]').click();
  await expect(ent.locator('[data-state]')).toContainText('匹配中');
  await ent.locator(`form[action*="runMatching"] button`).click();
  await expect(ent.getByRole('status').filter({ hasText: '发出录取 1 份' })).toBeVisible();
  await expectAxeClean(ent);

  // The learner accepts the offer.
  await learner.goto('/en/training-orders/mine');
  const row = learner.locator('tr', { has: learner.locator(`a[href="/en/training-orders/${orderId}"]`) });
  await expect(row).toContainText('Offer received');
  await expectAxeClean(learner);
  await row.locator('button[name=answer][value=accept]').click();
  await expect(learner.locator('tr', { has: learner.locator(`a[href="/en/training-orders/${orderId}"]`) })).toContainText('Accepted');

  // Training: the trainee's progress through the curriculum, completion, placement.
  await ent.goto(`/enterprise/orders/${orderId}`);
  await ent.locator('button[name=to][value=in_training]').click();
  const trainee = ent.locator('[data-trainee]').filter({ hasText: TRAINEE.name });
  await expect(trainee).toContainText('课时');
  await ent.locator('button[name=to][value=completed]').click();
  await expect(ent.locator('[data-state]')).toContainText('已结业');
  await trainee.locator('input[name=placedOn]').fill(day(-100));
  await trainee.locator('input[name=salaryMin]').fill('4500');
  await trainee.locator('input[name=salaryMax]').fill('5500');
  await trainee.locator('textarea[name=feedback]').fill('申报准确，沟通顺畅。');
  await trainee.getByRole('button', { name: '记录就业结果' }).click();
  await expect(ent.locator('[data-trainee]').filter({ hasText: TRAINEE.name }).locator('[data-placement=hired]')).toBeVisible();
  await expectAxeClean(ent);

  // 100 days after the start, the 3-month check is due on the enterprise's home page.
  await ent.goto('/enterprise');
  await expect(ent.locator('[data-retention$="-3"]').filter({ hasText: TRAINEE.name })).toBeVisible();
  await expectAxeClean(ent);
  await ent.goto(`/en/enterprise/orders/${orderId}`);
  await expect(ent.locator('[data-state]')).toContainText('Completed');
  await expectAxeClean(ent);

  // The learner sees the enterprise's feedback.
  await learner.goto('/en/training-orders/mine');
  await expect(learner.locator('tr', { has: learner.locator(`a[href="/en/training-orders/${orderId}"]`) })).toContainText('申报准确');
});

test('an enterprise never opens another enterprise’s order; the talent view is for government users and admins, with its CSV', async ({ browser }) => {
  const ent = await as(browser, DEMO.enterprise);
  await ent.goto('/training-orders');
  const others = await ent.locator('[data-order]').evaluateAll((els) => els.filter((e) => !e.textContent?.includes('抚顺演示跨境贸易有限公司')).map((e) => e.getAttribute('data-order')));
  expect(others.length).toBeGreaterThan(0);
  expect((await ent.request.get(`/enterprise/orders/${others[0]}`)).status()).toBe(404);
  expect((await ent.request.get(`/enterprise/orders/${others[0]}/edit`)).status()).toBe(404);
  expect((await ent.request.get('/talent')).status()).toBe(403);

  const gov = await as(browser, DEMO.government);
  for (const path of ['/talent', '/en/talent']) {
    await gov.goto(path);
    await expect(gov.locator('[data-table=supply] table')).toBeVisible();
    await expect(gov.locator('[data-table=supply] svg[role=img]')).toBeVisible();
    await expect(gov.locator('[data-table=park] table')).toBeVisible();
    await expectAxeClean(gov);
  }
  const csv = await gov.request.get('/talent/supply-demand.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain('开放名额');
});

test('incubation: a team forms with its code, an enterprise mentors and comments, the showcase is public', async ({ browser }) => {
  const lead = await as(browser, DEMO.learner);
  await lead.goto('/incubation');
  await expectAxeClean(lead);
  await lead.locator('#f-name').fill('e2e 琥珀队');
  await lead.locator('#f-niche').fill('抚顺琥珀饰品出口');
  await lead.locator('#f-industry').selectOption('specialty-agriculture');
  await lead.getByRole('button', { name: '创建团队' }).click();
  await expect(lead).toHaveURL(/\/teams\/[a-z0-9]+$/);
  const teamPath = new URL(lead.url()).pathname;
  const code = /邀请码：([A-Z0-9]+)/.exec((await lead.locator('.muted', { hasText: '邀请码' }).textContent()) ?? '')?.[1];
  expect(code).toBeTruthy();
  await expectAxeClean(lead);
  await lead.getByRole('button', { name: '发布 / 更新展示页' }).click();
  await expect(lead.locator('#f-text-error')).toBeVisible();
  await lead.locator('#f-text').fill('琥珀小饰品，9610 出口到俄罗斯。');
  await lead.getByRole('button', { name: '发布 / 更新展示页' }).click();
  await expect(lead.locator('.error-summary')).toContainText('至少需要 2 名成员');

  const mate = await as(browser, { email: 'trainee5@demo.academy', password: 'demo-trainee-2026' }, '/en/signin');
  await mate.goto('/en/incubation');
  await mate.locator('#f-code').fill(code!);
  await mate.getByRole('button', { name: 'Join a team' }).click();
  await expect(mate).toHaveURL(new RegExp(`/en${teamPath}$`));
  await expect(mate.getByRole('heading', { name: /Members \(2\/5\)/ })).toBeVisible();
  await expectAxeClean(mate);

  // The lead links their store; the second member works in it, and the store page says who did what.
  await lead.goto(teamPath);
  await lead.getByRole('button', { name: '关联店铺' }).click();
  await mate.goto(`/en${teamPath}`);
  await mate.getByRole('link', { name: 'Open the team store' }).click();
  await expect(mate).toHaveURL(/\/en\/sandbox\/stores\//);
  const storePath = new URL(mate.url()).pathname;
  await mate.locator('#f-seed').fill('4242');
  await mate.getByRole('button', { name: 'Run market day' }).click();
  await expect(mate.locator('[data-activity="market-day"]').first()).toContainText('吴婷（演示学员）');
  await expectAxeClean(mate);

  const ent = await as(browser, DEMO.enterprise);
  expect((await ent.request.get(teamPath)).status()).toBe(404);
  await ent.goto('/enterprise/mentoring');
  await expectAxeClean(ent);
  await ent.locator('li[data-team]', { hasText: 'e2e 琥珀队' }).getByRole('button', { name: '担任导师' }).click();
  await ent.goto(teamPath);
  await ent.locator('#f-body').fill('先做俄罗斯市场，注意认证。');
  await ent.getByRole('button', { name: '发表评论' }).click();
  await expect(ent.locator('[data-comment]')).toContainText('先做俄罗斯市场');
  await expectAxeClean(ent);

  await lead.goto(teamPath);
  await expect(lead.locator('[data-mentor]')).toContainText('王芳（演示企业）');
  await lead.locator('#f-text').fill('琥珀小饰品，9610 出口到俄罗斯。');
  await lead.getByRole('button', { name: '发布 / 更新展示页' }).click();
  await expect(lead.locator('[data-milestone="showcase-published"]')).toHaveAttribute('data-reached', 'yes');
  const anonymous = await (await browser.newContext()).newPage();
  const showcase = teamPath.replace('/teams/', '/showcase/');
  expect((await anonymous.goto(`/en${showcase}`))?.status()).toBe(200);
  await expect(anonymous.locator('main')).toContainText('琥珀小饰品');
  await expect(anonymous.locator('main')).not.toContainText('@demo.academy');
  await expectAxeClean(anonymous);

  // A member who leaves loses the team's store at once.
  await mate.goto(`/en${teamPath}`);
  await mate.getByRole('button', { name: 'Leave the team' }).click();
  await expect(mate).toHaveURL(/\/en\/incubation$/);
  expect((await mate.request.get(storePath)).status()).toBe(404);
});
