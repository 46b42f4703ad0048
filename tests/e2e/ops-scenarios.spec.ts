import { expect, test } from "@playwright/test";
import { DEMO, expectAxeClean, signIn } from "./helpers.ts";

// The operations scenarios as the demo learner, without JavaScript: the plain form posts, the server grades.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("listing fix, buyer reply and pricing open from their lessons and are graded on the server", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.learner);

    // listing fix: the start is rejected, the corrected listing passes
    await page.goto("/courses/marketplace-growth/02-listing-optimization");
    await page
      .locator('.sandbox-task[data-scenario="ops-listing-amazon-box"]')
      .getByRole("link", { name: "在沙盒中打开" })
      .click();
    await expect(page).toHaveURL(
      /\/sandbox\/scenarios\/ops\/ops-listing-amazon-box$/,
    );
    await page.getByRole("button", { name: "提交（判分）" }).click();
    await expect(page.locator("#result [data-result]")).toHaveAttribute(
      "data-result",
      "failed",
    );
    await expect(
      page.locator('.finding-list li[data-code="LISTING_ABSOLUTE_CLAIM"]'),
    ).toBeVisible();
    await page
      .locator("#f-title-en")
      .fill(
        "Hunhe Craft Wooden Storage Box with Lid, 3 Compartments, Pine, Walnut Finish, 30 x 20 x 10 cm",
      );
    await page.locator("#f-attr-material").fill("Pine wood");
    await page.locator("#f-attr-size").fill("30 x 20 x 10 cm");
    await page.locator("#f-attr-color").fill("Walnut");
    await page.getByRole("button", { name: "提交（判分）" }).click();
    await expect(page.locator("#result [data-result]")).toHaveAttribute(
      "data-result",
      "passed",
    );

    // reply to a buyer in Russian: the draft that buys a review fails, a proper reply passes
    await page.goto("/en/courses/marketplace-growth/03-buyer-messages");
    await page
      .locator('.sandbox-task[data-scenario="ops-reply-review-ru"]')
      .getByRole("link", { name: "Open in the sandbox" })
      .click();
    await expect(page).toHaveURL(
      /\/en\/sandbox\/scenarios\/ops\/ops-reply-review-ru$/,
    );
    await page.getByRole("button", { name: "Submit (graded)" }).click();
    await expect(page.locator('[data-criterion="violations"]')).toHaveAttribute(
      "data-met",
      "0",
    );
    await page
      .locator("#f-reply")
      .fill(
        "Здравствуйте, Ольга!\n\nПриносим извинения за повреждённый товар в заказе FSCB20260320000789. Мы отправим вам замену завтра и пришлём трек-номер в течение 24 часов.\n\nС уважением, служба поддержки Hunhe Craft",
      );
    await page.getByRole("button", { name: "Submit (graded)" }).click();
    await expect(page.locator("#result [data-result]")).toHaveAttribute(
      "data-result",
      "passed",
    );

    // pricing: a price below the target margin fails with the worked figures, the lowest .99 price passes
    await page.goto("/courses/marketplace-growth/07-eu-uk-tax");
    await page
      .locator('.sandbox-task[data-scenario="ops-pricing-eu-direct"]')
      .getByRole("link")
      .click();
    await page.locator("#f-price").fill("30.99");
    await page.getByRole("button", { name: "提交（判分）" }).click();
    await expect(page.locator('[data-criterion="margin"]')).toHaveAttribute(
      "data-met",
      "0",
    );
    await expect(page.locator("[data-breakdown]")).toBeVisible();
    await page.locator("#f-price").fill("31.99");
    await page.getByRole("button", { name: "提交（判分）" }).click();
    await expect(page.locator("#result [data-result]")).toHaveAttribute(
      "data-result",
      "passed",
    );
    await expect(page.locator("[data-attempts] tbody tr")).toHaveCount(2);
  });
});

test("each kind of operations scenario page is axe-clean, with its graded result", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.learner);
  for (const [id, field, answer] of [
    [
      "ops-listing-ozon-cream",
      "#f-title-ru",
      "Крем для лица Changbai Herb с экстрактом женьшеня, 50 мл",
    ],
    ["ops-reply-delay-en", "#f-reply", "Hello, sorry for the wait."],
    ["ops-pricing-fba-us", "#f-price", "16.99"],
  ] as const) {
    await page.goto(`/en/sandbox/scenarios/ops/${id}`);
    await expectAxeClean(page);
    await page.locator(field).fill(answer);
    await page.getByRole("button", { name: "Submit (graded)" }).click();
    await expect(page.locator("#result [data-result]")).toBeVisible();
    await expectAxeClean(page);
  }
});
