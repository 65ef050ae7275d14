import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { PAGE_SIZE as SHOWN_AT_ONCE } from "../lib/pagination";
import { countCardsAcrossPages } from "./helpers";
const filter = (page: Page) => page.getByRole("region", { name: "Filter op onderwerp" });
const chip = (page: Page, label: string) => filter(page).getByRole("button", { name: new RegExp(`^${label} `) });
const cards = (page: Page) => page.getByTestId("article-card");
const status = (page: Page) => page.getByTestId("result-count");

async function cardsAllHave(page: Page, labels: string[]) {
  for (const card of await cards(page).all()) {
    const tags = await card.getByRole("list").first().getByRole("link").allTextContents();
    for (const label of labels) expect(tags.map((t) => t.toLowerCase())).toContain(label.toLowerCase());
  }
}

test("selecting tags narrows the list to articles with all of them, in the URL", async ({ page }) => {
  await page.goto("/artikelen");
  await expect(status(page)).toHaveText(/^\d+ artikelen$/);
  const total = Number((await status(page).textContent())!.match(/\d+/)![0]);

  await chip(page, "Traineeship").click();
  await expect(chip(page, "Traineeship")).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/\/artikelen\?tag=traineeship$/);
  await expect(status(page)).toHaveText(/^\d+ artikel(en)?$/);
  const one = Number((await status(page).textContent())!.match(/\d+/)![0]);
  await expect(cards(page)).toHaveCount(Math.min(one, SHOWN_AT_ONCE));
  expect(one).toBeLessThan(total);
  await cardsAllHave(page, ["Traineeship"]);

  const consultancyCount = Number((await chip(page, "Consultancy").innerText()).match(/\d+/)![0]);
  await chip(page, "Consultancy").click();
  await expect(page).toHaveURL(/\?tag=traineeship&tag=consultancy$/);
  await expect(cards(page)).toHaveCount(Math.min(consultancyCount, SHOWN_AT_ONCE));
  await cardsAllHave(page, ["Traineeship", "Consultancy"]);

  // Chips that would leave nothing are disabled, and counts follow the selection.
  const disabled = filter(page).locator('[role="button"][aria-disabled="true"]');
  expect(await disabled.count()).toBeGreaterThan(0);
  await expect(chip(page, "Consultancy")).toContainText(String(consultancyCount));

  // An unavailable chip does nothing: no navigation, no change of selection.
  await disabled.first().click({ force: true }); // Playwright would wait for it to become enabled
  await expect(page).toHaveURL(/\?tag=traineeship&tag=consultancy$/);
  await expect(disabled.first()).toHaveAttribute("aria-pressed", "false");
});

test("a chip clicked with Ctrl opens the tag's page in a new tab and leaves the filter alone", async ({ page, context }) => {
  await page.goto("/artikelen");
  const target = chip(page, "Data");
  await expect(target).toHaveAttribute("aria-pressed", "false");
  const [tab] = await Promise.all([context.waitForEvent("page"), target.click({ modifiers: ["ControlOrMeta"] })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe("/tags/data");
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Data");
  await tab.close();
  await expect(target).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(/\/artikelen$/);
});

test("reload, back and forward restore the selection; clearing shows everything", async ({ page }) => {
  await page.goto("/artikelen");
  const total = await cards(page).count();
  await chip(page, "Data").click();
  await expect(page).toHaveURL(/tag=data$/);
  await expect(status(page)).toHaveText(/^\d+ artikel(en)?$/);
  const dataCount = Number((await status(page).textContent())!.match(/\d+/)![0]);
  await expect(cards(page)).toHaveCount(Math.min(dataCount, SHOWN_AT_ONCE));
  expect(dataCount).toBeGreaterThan(0);
  await chip(page, "IT").click();
  await expect(page).toHaveURL(/tag=data&tag=it$/);

  await page.reload();
  await expect(chip(page, "Data")).toHaveAttribute("aria-pressed", "true");
  await expect(chip(page, "IT")).toHaveAttribute("aria-pressed", "true");
  await cardsAllHave(page, ["Data", "IT"]);

  await page.goBack();
  await expect(page).toHaveURL(/\?tag=data$/);
  await expect(chip(page, "IT")).toHaveAttribute("aria-pressed", "false");
  await expect(cards(page)).toHaveCount(Math.min(dataCount, SHOWN_AT_ONCE));
  await page.goForward();
  await expect(chip(page, "IT")).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Wis filters" }).click();
  await expect(page).toHaveURL(/\/artikelen$/);
  await expect(cards(page)).toHaveCount(total);
  await expect(filter(page).getByRole("button", { pressed: true })).toHaveCount(0);
});

test("unknown tags in the URL are ignored, and an empty combination explains itself", async ({ page }) => {
  await page.goto("/artikelen?tag=bestaat-niet&tag=data");
  await expect(chip(page, "Data")).toHaveAttribute("aria-pressed", "true");
  await cardsAllHave(page, ["Data"]);

  await page.goto("/artikelen?tag=omscholing&tag=architectuur");
  await expect(page.getByRole("heading", { name: "Geen artikelen met al deze onderwerpen" })).toBeVisible();
  await expect(status(page)).toHaveText("0 artikelen");
  await page.getByRole("button", { name: "Wis filters" }).last().click();
  await expect(cards(page).first()).toBeVisible();
});

test("the filter works with the keyboard alone", async ({ page }) => {
  await page.goto("/artikelen");
  const target = chip(page, "Starters");
  await target.focus();
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(target).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Space");
  await expect(target).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("aria-pressed", /true|false/);
  await expect(status(page)).toHaveAttribute("aria-live", "polite");
});

test("/tags lists every tag with counts that match its page; unknown tags 404", async ({ page, request }) => {
  await page.goto("/tags");
  const links = page.getByTestId("tag-link");
  expect(await links.count()).toBeGreaterThanOrEqual(8);
  const counts = await page.getByTestId("tag-count").allTextContents();
  const numbers = counts.map((c) => Number(c.match(/\d+/)![0]));
  expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
  for (const link of (await links.all()).slice(0, 4)) {
    const href = (await link.getAttribute("href"))!;
    const expected = Number((await link.getByTestId("tag-count").textContent())!.match(/\d+/)![0]);
    expect(await countCardsAcrossPages(request, href), href).toBe(expected);
  }
  await links.filter({ hasText: "Cloud & Security" }).click();
  await expect(page).toHaveURL(/\/tags\/cloud-security$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cloud & Security");
  await expect(page.getByRole("link", { name: "Alle artikelen" }).first()).toBeVisible();

  const response = await page.goto("/tags/bestaat-niet");
  expect(response?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the chips are links to tag pages", async ({ page }) => {
    await page.goto("/artikelen");
    const link = filter(page).getByRole("link", { name: /^Consultancy/ });
    await expect(link).toHaveAttribute("href", "/tags/consultancy");
    await link.click();
    await expect(page).toHaveURL(/\/tags\/consultancy$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultancy");
  });
});
