import { expect, test } from "./fixtures";

test("a reader goes from the home page to the seed article and reads it", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Carrièrekompas/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Eerlijke verhalen");

  const card = page.getByTestId("article-card").filter({ hasText: "Werken in IT-Consultancy" });
  await expect(card).toContainText("10 februari 2025");
  await expect(card).toContainText("min lezen");
  await card.getByRole("link", { name: "Werken in IT-Consultancy: Tussen Techniek en Mens" }).click();

  await expect(page).toHaveURL(/\/artikelen\/werken-in-it-consultancy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Werken in IT-Consultancy: Tussen Techniek en Mens");

  const byline = page.locator("article header");
  await expect(byline.getByRole("link", { name: "Jeroen Bakker" })).toBeVisible();
  await expect(byline.locator("time").first()).toHaveText("10 februari 2025");
  await expect(byline).toContainText(/\d+ min lezen/);
  await expect(byline.getByRole("link", { name: "Traineeship" })).toHaveAttribute("href", "/tags/traineeship");

  const quote = page.locator("figure").filter({ hasText: "Het echte werk begint pas" });
  await expect(quote.locator("blockquote")).toContainText("daadwerkelijk gaan gebruiken");
  await expect(quote.locator("figcaption")).toHaveText("Tom, junior IT-consultant");
  await expect(page.locator("figure figcaption")).toHaveCount(3);

  // Headings and lists of the seed come through.
  await expect(page.getByRole("heading", { level: 3, name: "Past IT-consultancy bij jou?" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Stakeholdermanagement" })).toBeVisible();
});

test("the overview lists every article newest first", async ({ page }) => {
  await page.goto("/artikelen");
  await expect(page.getByRole("heading", { level: 1, name: "Alle artikelen" })).toBeVisible();
  const dates = await page.getByTestId("article-card").evaluateAll((cards) => cards.map((card) => card.querySelector("time")!.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThanOrEqual(7);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("an unknown article answers 404 with a Dutch page that leads home", async ({ page }) => {
  const response = await page.goto("/artikelen/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await page.getByRole("link", { name: "Naar de homepage" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the skip link moves focus to the content", async ({ page }) => {
  await page.goto("/artikelen/werken-in-it-consultancy");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
});
