import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * The static export built for a sub-folder as a user types it (`npm run build:static:base-path`: BASE_PATH=/voorbeeld/pr-12
 * exported before `npm run build:static`, so its pre and post steps see it too)
 * and served only there: the smoke journeys must work, and no request may leave the sub-folder or fail.
 * Paths here are relative ("artikelen"), so they resolve under the project's baseURL.
 */

const base = "/voorbeeld/pr-12";

test.beforeAll(() => {
  if (!fs.existsSync(".e2e-base-path/index.html")) throw new Error("No base-path export: run `npm run build:static:base-path` first.");
});

/** Every request the page makes; the test fails on one outside the sub-folder or one that fails. */
function watchRequests(page: Page, allowed404: string[] = []) {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) problems.push(`outside ${base}: ${url.pathname}`);
  });
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !allowed404.includes(new URL(response.url()).pathname)) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Every same-site link, image, script and style of the page points into the sub-folder. */
async function expectReferencesInside(page: Page) {
  const refs = await page.evaluate(() =>
    // A preconnect names an origin, not a file: Next writes `<link rel="preconnect" href="/">` when a page's fonts
    // are not preloaded, and it opens a connection without requesting anything (the request watcher sees every fetch).
    [...document.querySelectorAll("a[href], link[href]:not([rel=preconnect]), img[src], script[src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
  );
  const local = refs.filter((r) => r.startsWith("/") && !r.startsWith("//"));
  expect(local.length).toBeGreaterThan(5);
  expect(local.filter((r) => r !== base && !r.startsWith(`${base}/`))).toEqual([]);
}

test("home → article → author, with every link, image, font and script inside the sub-folder", async ({ page }) => {
  const problems = watchRequests(page);
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Eerlijke verhalen");
  await expectReferencesInside(page);
  await page.getByTestId("article-card").getByRole("link", { name: "Werken in IT-Consultancy: Tussen Techniek en Mens" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/artikelen/werken-in-it-consultancy$`));
  await expect(page.locator("figure").filter({ hasText: "Het echte werk begint pas" })).toBeVisible();
  await expectReferencesInside(page);
  // The social image and canonical URL carry the sub-folder too.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+${base}/artikelen/werken-in-it-consultancy$`));
  const ogImage = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
  expect(new URL(ogImage).pathname).toBe(`${base}/og/artikelen/werken-in-it-consultancy.png`);
  const image = await page.request.get(new URL(ogImage).pathname);
  expect(image.headers()["content-type"]).toBe("image/png");

  await page.locator("article header").getByRole("link", { name: "Jeroen Bakker" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/auteurs/jeroen-bakker$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jeroen Bakker");
  const avatar = page.locator("main img").first();
  await expect(avatar).toHaveJSProperty("complete", true);
  expect(await avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test("a link written /artikelen/x inside an article leads to that article in the sub-folder", async ({ page }) => {
  const problems = watchRequests(page);
  await page.goto("artikelen/starten-als-data-engineer");
  const link = page.locator("article a[href$='/artikelen/een-jaar-als-trainee']").first();
  await expect(link).toHaveAttribute("href", `${base}/artikelen/een-jaar-als-trainee`);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Een jaar als trainee");
  expect(problems).toEqual([]);
});

test("the tag filter loads its index from the sub-folder and keeps the URL there", async ({ page }) => {
  const problems = watchRequests(page);
  await page.goto("artikelen");
  const filter = page.getByRole("region", { name: "Filter op onderwerp" });
  await filter.getByRole("button", { name: /^Traineeship / }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/artikelen\\?tag=traineeship$`));
  await expect(page.getByTestId("result-count")).toHaveText(/^\d+ artikel(en)?$/);
  for (const card of await page.getByTestId("article-card").all()) await expect(card).toContainText(/traineeship/i);
  expect(problems).toEqual([]);
});

test("search reads its index from the sub-folder and its results link there", async ({ page }) => {
  const problems = watchRequests(page);
  await page.goto("zoeken");
  await page.getByRole("searchbox", { name: "Zoek in artikelen" }).last().pressSequentially("consult", { delay: 30 });
  const hit = page.getByTestId("search-results").getByRole("link", { name: /Werken in IT-Consultancy/ });
  await expect(hit).toHaveAttribute("href", `${base}/artikelen/werken-in-it-consultancy`);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${base}/artikelen/werken-in-it-consultancy$`));
  expect(problems).toEqual([]);
});

test("the author overview and an unknown page stay in the sub-folder", async ({ page }) => {
  const problems = watchRequests(page, [`${base}/artikelen/bestaat-niet`]);
  await page.goto("auteurs");
  await page.getByRole("link", { name: "Sanne de Vries" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/auteurs/sanne-de-vries$`));
  const response = await page.goto("artikelen/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await page.getByRole("link", { name: "Naar de homepage" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  expect(problems).toEqual([]);
});

test("the sitemap, robots.txt and feeds give addresses in the sub-folder", async ({ request }) => {
  const sitemap = await (await request.get("sitemap.xml")).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(locs.length).toBeGreaterThan(10);
  expect(locs.filter((p) => p !== base && !p.startsWith(`${base}/`))).toEqual([]);
  expect(await (await request.get("robots.txt")).text()).toContain(`${base}/sitemap.xml`);
  const feed = await (await request.get("feed.xml")).text();
  expect(feed).toContain(`${base}/artikelen/werken-in-it-consultancy</link>`);
  expect(feed).toContain(`${base}/feed.xml" rel="self"`);
  const tagFeed = await (await request.get("tags/it/feed.xml")).text();
  expect(tagFeed).toContain(`${base}/tags/it/feed.xml" rel="self"`);
  expect([...tagFeed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => !p.startsWith(`${base}/`) && p !== base)).toEqual([]);
});

test("the home page's social image and the tag and author images are served from the sub-folder", async ({ page, request }) => {
  await page.goto("./");
  const ogImage = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!).pathname;
  expect(ogImage).toBe(`${base}/og/site/default.png`);
  for (const image of [ogImage, `${base}/og/tags/it.png`, `${base}/og/auteurs/jeroen-bakker.png`]) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});
