import { expect, test } from "./fixtures";
import { countCardsAcrossPages } from "./helpers";

test("a reader follows the byline to the author and on to another of their articles", async ({ page }) => {
  await page.goto("/artikelen/werken-in-it-consultancy");
  await page.locator("article header").getByRole("link", { name: "Jeroen Bakker" }).click();
  await expect(page).toHaveURL(/\/auteurs\/jeroen-bakker$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jeroen Bakker");
  await expect(page.getByText("Senior IT-consultant").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "LinkedIn" })).toHaveAttribute("href", /linkedin\.com/);

  const cards = page.getByTestId("article-card");
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  const dates = await cards.evaluateAll((cards) => cards.map((card) => card.querySelector("time")!.getAttribute("datetime")!));
  expect([...dates].sort().reverse()).toEqual(dates);

  const other = cards.filter({ hasNotText: "Werken in IT-Consultancy" }).first();
  const title = (await other.getByRole("heading").textContent())!.trim();
  await other.getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("article header").getByRole("link", { name: "Jeroen Bakker" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/auteurs\/jeroen-bakker$/);
});

test("the article ends with the author's bio and related articles, never itself", async ({ page }) => {
  await page.goto("/artikelen/werken-in-it-consultancy");
  const about = page.getByRole("region", { name: "Over de auteur: Jeroen Bakker" });
  await expect(about).toContainText("Over de auteur");
  await expect(about.getByRole("link", { name: "Jeroen Bakker" })).toHaveAttribute("href", "/auteurs/jeroen-bakker");
  const related = page.getByRole("region", { name: "Lees ook" });
  const links = related.getByTestId("article-card");
  await expect(links).toHaveCount(3);
  await expect(related).not.toContainText("Werken in IT-Consultancy: Tussen Techniek en Mens");
});

test("/auteurs lists every author with the right article count", async ({ page, request }) => {
  await page.goto("/auteurs");
  const cards = page.getByTestId("author-card");
  await expect(cards).toHaveCount(4);
  for (const card of await cards.all()) {
    const href = (await card.getByRole("link").getAttribute("href"))!;
    const count = Number((await card.getByTestId("article-count").textContent())!.match(/\d+/)![0]);
    expect(await countCardsAcrossPages(request, href), href).toBe(count);
  }
});

test("avatars render as images, and authors without one get initials", async ({ page }) => {
  await page.goto("/auteurs");
  const jeroen = page.getByTestId("author-card").filter({ hasText: "Jeroen Bakker" });
  const img = jeroen.locator("img");
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  const sanne = page.getByTestId("author-card").filter({ hasText: "Sanne de Vries" });
  await expect(sanne.locator("img")).toHaveCount(0);
  await expect(sanne.getByTestId("initials")).toHaveText("SV");
});

test("an unknown author answers 404", async ({ page }) => {
  const response = await page.goto("/auteurs/niemand");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
});
