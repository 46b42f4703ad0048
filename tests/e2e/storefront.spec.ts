import { expect, test } from '@playwright/test';
import { generateTrainingId } from '#lib/storefront/training-id.ts';
import { DEMO, expectAxeClean, signIn } from './helpers.ts';

// A visitor finds the demo learner's published store from the public list, reads it in Russian and buys
// as a simulated consumer; the order arrives in the learner's store, ready to declare.
test('visitor: public store list from the footer, the demo export store in Russian, both site languages', async ({ page }) => {
  for (const [home, list] of [['/', '实训店铺'], ['/en/', 'Training stores']] as const) {
    await page.goto(home);
    await page.getByRole('contentinfo').getByRole('link', { name: list }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(list);
    await expectAxeClean(page);
    await page.getByRole('link', { name: '抚顺参茸出口行' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', home === '/' ? 'zh-CN' : 'en');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\?l=ru$/);
    const shop = page.locator('.shop');
    await expect(shop).toHaveAttribute('lang', 'ru');
    const ginseng = shop.locator('.shop-item').filter({ has: page.locator('h3[lang=ru]', { hasText: 'Женьшень сушёный 250 г' }) });
    await expect(ginseng.locator('.shop-price')).toHaveText('Цена: ¥268.00');
    await expect(ginseng).toContainText('Страна происхождения: Китай · Отправка со склада: Склад в Китае');
    await expectAxeClean(page);
  }
});

test('visitor: buys in Russian with a generated training ID; the demo learner sees the storefront order in both languages', async ({ page, browser }) => {
  await page.goto('/shop');
  await page.getByRole('link', { name: '抚顺参茸出口行' }).click();
  await page.getByRole('link', { name: 'Русский' }).click();
  const ginseng = page.locator('.shop-item').filter({ has: page.locator('h3[lang=ru]', { hasText: 'Женьшень сушёный 250 г' }) });
  await ginseng.getByLabel('Количество').fill('2');
  await ginseng.getByRole('button', { name: 'В корзину' }).click();

  await expect(page).toHaveURL(/\/cart\?l=ru&added=1$/);
  await expect(page.locator('.shop')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Корзина');
  await expect(page.getByRole('status')).toHaveText('Товар добавлен в корзину.');
  // 2 × ¥268 + ¥50 shipping abroad, the prices from the store
  await expect(page.locator('[data-total]')).toHaveText('¥586.00');
  await expectAxeClean(page);
  await page.getByRole('link', { name: 'Оформить заказ' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Оформление заказа');
  await page.getByLabel('Имя и фамилия').fill('Ivan Petrov');
  await page.getByLabel('Адрес доставки').fill('ul. Tverskaya 12, Moscow');
  await expect(page.getByLabel('Страна доставки')).toHaveValue('344');
  await page.getByLabel('Телефон').fill('+7 495 123-45-67');
  const id = page.getByLabel('Учебный номер удостоверения (имитация)');
  const good = generateTrainingId();
  await id.fill(good.slice(0, 17) + (good.endsWith('0') ? '1' : '0'));
  await page.getByRole('button', { name: 'Подтвердить заказ' }).click();
  await expect(page.getByRole('alert')).toContainText('Неверный контрольный знак номера');
  await expect(page.getByLabel('Имя и фамилия')).toHaveValue('Ivan Petrov');

  await page.getByRole('button', { name: 'Создать учебный номер' }).click();
  await expect(page.getByRole('status')).toHaveText('Учебный номер создан и вписан в форму.');
  await expect(id).toHaveValue(/^99\d{15}[\dX]$/);
  await expect(page.getByLabel('Адрес доставки')).toHaveValue('ul. Tverskaya 12, Moscow');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Подтвердить заказ' }).click();

  await expect(page).toHaveURL(/\/confirmation\?l=ru$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Заказ оформлен');
  const orderNo = (await page.locator('[data-order-no]').textContent()) ?? '';
  expect(orderNo).toMatch(/^FSSE\d{12}$/);
  await expectAxeClean(page);
  // the cart is empty after the purchase
  await page.goto('/shop/' + new URL(page.url()).pathname.split('/')[2] + '/cart?l=ru');
  await expect(page.getByText('Корзина пуста.')).toBeVisible();

  const learner = await browser.newPage();
  await signIn(learner, DEMO.learner);
  for (const [prefix, source] of [['', '店铺前台下单'], ['/en', 'Storefront purchase']] as const) {
    await learner.goto(`${prefix}/sandbox`);
    await learner.getByRole('link', { name: '抚顺参茸出口行' }).first().click();
    const row = learner.locator(`tr[data-order="${orderNo}"]`);
    await expect(row).toHaveAttribute('data-source', 'storefront');
    await expect(row).toContainText(source);
    await expect(row).toContainText('Ivan Petrov');
    await expect(row).toContainText('¥536.00');
    await row.getByRole('link', { name: orderNo }).click();
    await expect(learner.locator('dd[data-source]')).toHaveText(source);
    // ready to declare: the workbench offers the drafted export messages of the order
    await expect(learner.locator('textarea[name=xml_CEB303]')).toContainText(orderNo);
  }
  await learner.close();
});
