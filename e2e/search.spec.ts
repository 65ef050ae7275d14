import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const field = (page: Page) => page.getByRole("searchbox", { name: "Zoek in artikelen" }).last();
const results = (page: Page) => page.getByTestId("search-results").getByRole("listitem");
const status = (page: Page) => page.getByTestId("search-status");

test("the header field searches from any page, and / focuses it", async ({ page }) => {
  await page.goto("/artikelen/werken-in-it-consultancy");
  const header = page.locator("#zoekveld");
  // The shortcut listens once the page has hydrated; a key pressed before that does nothing.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(header).toBeFocused({ timeout: 250 });
  }).toPass();
  await header.fill("consultancy");
  await header.press("Enter");
  await expect(page).toHaveURL(/\/zoeken\?q=consultancy$/);
  await expect(field(page)).toHaveValue("consultancy");
  await expect(status(page)).toHaveText(/^\d+ resultaten? voor “consultancy”$/);
  await expect(results(page).first()).toContainText("Werken in IT-Consultancy");
  await expect(results(page).first().locator("mark").first()).toHaveText(/consultancy/i);
});

test("results appear while typing, highlight matches and keep the query in the URL", async ({ page }) => {
  await page.goto("/zoeken");
  await expect(status(page)).toContainText("Typ een woord");
  await field(page).pressSequentially("consult", { delay: 30 });
  await expect(page).toHaveURL(/\?q=consult$/);
  await expect(results(page).filter({ hasText: "Werken in IT-Consultancy" })).toHaveCount(1);
  const marks = await page.getByTestId("search-results").locator("mark").allTextContents();
  expect(marks.some((m) => /^consult/i.test(m))).toBe(true);
  for (const item of await results(page).all()) {
    await expect(item.locator("time")).toHaveText(/\d{4}$/);
    await expect(item.getByText(/Bakker|Jansen|Vries|Amrani/)).toBeVisible();
  }
  await page.reload();
  await expect(field(page)).toHaveValue("consult");
  await expect(results(page).first()).toBeVisible();
});

test("Dutch-aware: accents, inflections and a typo still find the article", async ({ page }) => {
  for (const [query, title] of [
    ["carriere", "Carrière maken in cloud en security"],
    ["certificering", "Carrière maken in cloud en security"],
    ["traineship", "Een jaar als trainee"],
  ] as const) {
    await page.goto(`/zoeken?q=${encodeURIComponent(query)}`);
    await expect(results(page).filter({ hasText: title }), query).toHaveCount(1);
  }
});

test("arrow keys move through the results, Enter opens one, back restores the search", async ({ page }) => {
  await page.goto("/zoeken?q=traineeship");
  await expect(results(page).first()).toBeVisible();
  await field(page).focus();
  await page.keyboard.press("ArrowDown");
  const first = results(page).nth(0).getByRole("link");
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const second = results(page).nth(1).getByRole("link");
  await expect(second).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(first).toBeFocused();
  const href = await first.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/zoeken\?q=traineeship$/);
  await expect(results(page).first()).toBeVisible();
  await field(page).focus();
  await page.keyboard.press("Escape");
  await expect(field(page)).toHaveValue("");
  await expect(page).toHaveURL(/\/zoeken$/);
});

test("search combines with a tag, in the URL", async ({ page }) => {
  await page.goto("/zoeken?q=cloud");
  await expect(status(page)).toHaveText(/^\d+ resultaten? voor “cloud”$/);
  const all = Number((await status(page).textContent())!.match(/\d+/)![0]);
  await page.getByRole("group", { name: "Alleen in onderwerp" }).getByRole("button", { name: "Traineeship" }).click();
  await expect(page).toHaveURL(/\?q=cloud&tag=traineeship$/);
  await expect(page.getByTestId("search-results")).not.toHaveAttribute("aria-busy", "true");
  await expect(status(page)).toHaveText(/^\d+ resultaten? voor “cloud”$/);
  const narrowed = Number((await status(page).textContent())!.match(/\d+/)![0]);
  await expect(results(page)).toHaveCount(narrowed);
  expect(narrowed).toBeLessThanOrEqual(all);
  for (const item of await results(page).all()) await expect(item).toContainText(/Traineeship/i);
  await page.goto("/zoeken?q=cloud&tag=traineeship");
  await expect(page.getByRole("button", { name: "Traineeship" })).toHaveAttribute("aria-pressed", "true");
});

test("a tag in the URL is read as the tag filter reads it: any spelling of its name", async ({ page }) => {
  await page.goto("/zoeken?q=cloud&tag=Traineeship");
  await expect(page.getByRole("group", { name: "Alleen in onderwerp" }).getByRole("button", { name: "Traineeship" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("search-results")).not.toHaveAttribute("aria-busy", "true");
  for (const item of await page.getByTestId("search-results").getByRole("listitem").all()) await expect(item).toContainText(/Traineeship/i);
});

test("a query without results explains what to do and offers topics", async ({ page }) => {
  await page.goto("/zoeken?q=xyzzyquux");
  const empty = page.getByTestId("no-results");
  await expect(status(page)).toHaveText("Geen artikelen gevonden voor “xyzzyquux”");
  await expect(empty.getByRole("heading")).toHaveText("Niets gevonden");
  await expect(empty.getByRole("link", { name: "Consultancy" })).toHaveAttribute("href", "/tags/consultancy");
});

test("no page loads the search index on first paint", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/zoeken/")) loaded.push(r.url());
  });
  for (const path of ["/", "/artikelen", "/artikelen/werken-in-it-consultancy", "/zoeken"]) await page.goto(path, { waitUntil: "networkidle" });
  expect(loaded).toEqual([]);
});

test("the topic chips are in the first paint: loading /zoeken shifts no layout", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const response = await page.goto("/zoeken", { waitUntil: "networkidle" });
  expect(await response!.text(), "the chips in the server's HTML").toContain('aria-label="Alleen in onderwerp"');
  await expect(status(page)).toContainText("Typ een woord");
  await page.waitForTimeout(300);
  const total = (await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).reduce((a, b) => a + b, 0);
  // Issue 24's budget. Locally 0; a CI run on a starved machine once measured 0.008 (the heading
  // face's swap arriving late), which the metric-matched fallback keeps well inside it.
  expect(total).toBeLessThanOrEqual(0.01);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header form goes to /zoeken, which explains and offers the topics", async ({ page }) => {
    await page.goto("/");
    await page.locator("#zoekveld").fill("salaris");
    await page.locator("#zoekveld").press("Enter");
    await expect(page).toHaveURL(/\/zoeken\?q=salaris$/);
    await expect(page.getByText("Zoeken werkt met JavaScript")).toBeVisible();
    // The chips need JavaScript, so they are hidden without it.
    await expect(page.getByRole("group", { name: "Alleen in onderwerp" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Cloud & Security" }).first()).toHaveAttribute("href", "/tags/cloud-security");
  });
});
