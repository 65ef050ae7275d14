import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * What a reader's browser fetches. The static export leaves out each page's Server Components
 * payload (`.txt`/`.rsc`) and the segment-prefetch files (scripts/prune-export.ts); this walk through
 * every page type proves that no reader ever asks for them, so leaving them out breaks nothing.
 */
const isPayload = (request: Request) => {
  const url = new URL(request.url());
  return /\.(txt|rsc)$/.test(url.pathname) || url.pathname.includes("/__next.") || url.searchParams.has("_rsc") || request.headers()["rsc"] === "1";
};

function record(page: Page) {
  const requests: { url: string; payload: boolean; status?: number }[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).protocol.startsWith("http")) requests.push({ url: request.url(), payload: isPayload(request) });
  });
  page.on("requestfinished", async (request) => {
    const entry = requests.findLast((r) => r.url === request.url());
    if (entry) entry.status = (await request.response())?.status();
  });
  return requests;
}

/**
 * The browser's Back button. Chromium now and then answers the first history request after a
 * navigation with "Not attached to an active page" while it swaps the page's renderer; that one
 * error is asked again once, any other fails the test.
 */
async function back(page: Page): Promise<void> {
  try {
    await page.goBack({ waitUntil: "networkidle" });
  } catch (error) {
    if (!/Not attached to an active page/.test(String(error))) throw error;
    await page.waitForLoadState("networkidle");
    await page.goBack({ waitUntil: "networkidle" });
  }
}

test("a reader's walk through every page type fetches no page payload or prefetch file, and nothing that is missing", async ({ page, baseURL }) => {
  const requests = record(page);
  await page.goto("/", { waitUntil: "networkidle" });
  await page.getByRole("link", { name: "Alle artikelen" }).first().click();
  await page.getByRole("region", { name: "Filter op onderwerp" }).getByRole("button", { name: /^IT / }).click();
  await expect(page.getByTestId("result-count")).toHaveText(/^\d+ artikel/);
  await page.getByTestId("article-card").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/artikelen\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByTestId("theme-toggle").click();
  await page.goto("/tags/it", { waitUntil: "networkidle" });
  await page.goto("/auteurs/jeroen-bakker", { waitUntil: "networkidle" });
  await page.goto("/zoeken", { waitUntil: "networkidle" });
  await page.getByRole("searchbox", { name: "Zoek in artikelen" }).last().pressSequentially("consult", { delay: 30 });
  await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
  expect((await page.goto("/deze-pagina-bestaat-niet"))?.status()).toBe(404);
  for (let i = 0; i < 3; i++) await back(page);
  await page.goForward({ waitUntil: "networkidle" });
  await expect(page).toHaveURL(/\/tags\/it$|\/auteurs\/jeroen-bakker$|\/zoeken/);
  await page.waitForLoadState("networkidle");

  expect(requests.length).toBeGreaterThan(20);
  expect(requests.filter((r) => r.payload).map((r) => r.url)).toEqual([]);
  const missing = requests.filter((r) => r.status === 404 && !r.url.endsWith("/deze-pagina-bestaat-niet"));
  expect(missing.map((r) => r.url.replace(baseURL!, ""))).toEqual([]);
});
