import { expect, test } from "./fixtures";

// One web font, for headings (Source Serif 4 semibold); body and interface text are in system
// fonts. It is not preloaded: headings first paint in a metric-matched local Times
// (app/font-fallbacks.css) and the swap to the web font must move nothing.
test.use({ viewport: { width: 375, height: 740 } });

declare global {
  interface Window {
    layoutShifts: { value: number; sources: string[] }[];
  }
}

test("the text's fallback fonts exist on this system (Arial, Times New Roman or Liberation)", async ({ page }) => {
  await page.goto("/");
  const found = await page.evaluate(async () => {
    const faces = [...document.fonts].filter((f) => f.family.includes("Fallback"));
    await Promise.all(faces.map((f) => f.load().catch(() => undefined)));
    return faces.map((f) => `${f.family} ${f.weight} ${f.status}`);
  });
  expect(found.length, "fallback faces in the stylesheet").toBeGreaterThan(0);
  // A face whose local() fonts are all missing fails to load: install fonts-liberation.
  expect(found.filter((f) => !f.endsWith("loaded")), "fallback faces without a local font").toEqual([]);
});

test("the first page of a visit asks for the heading font only after it has loaded; the next page uses it from its first paint", async ({ page }) => {
  const events: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font") events.push("font");
  });
  page.on("load", () => events.push("load"));
  await page.goto("/");
  const h1 = page.getByRole("heading", { level: 1 });
  await expect.poll(() => h1.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?sourceSerif/);
  expect(events.indexOf("load"), events.join(", ")).toBeGreaterThanOrEqual(0);
  expect(events.indexOf("font"), events.join(", ")).toBeGreaterThan(events.indexOf("load"));
  await expect.poll(() => page.evaluate(() => document.fonts.check("600 16px sourceSerif"))).toBe(true);
  // …and after the page has painted (a small page can load before its first paint).
  const { paintedAt, fontAskedAt } = await page.evaluate(() => ({
    paintedAt: performance.getEntriesByName("first-paint")[0]?.startTime,
    fontAskedAt: performance.getEntriesByType("resource").find((r) => r.name.endsWith(".woff2"))?.startTime,
  }));
  expect(paintedAt).toBeDefined();
  expect(fontAskedAt!).toBeGreaterThan(paintedAt!);

  // The next page of the visit: no waiting for the load event, the heading is in the web font at once.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as Window & { headingFontAtStart?: string }).headingFontAtStart = getComputedStyle(document.querySelector("h1")!).fontFamily;
    });
  });
  await page.goto("/artikelen");
  const atStart = await page.evaluate(() => (window as Window & { headingFontAtStart?: string }).headingFontAtStart);
  expect(atStart).toMatch(/^"?sourceSerif/);
});

const pages = ["/", "/artikelen", "/artikelen/werken-in-it-consultancy", "/tags/it", "/auteurs/jeroen-bakker", "/zoeken"];

for (const path of pages) {
  test(`${path}: at most one web font file, and no paragraph set in it`, async ({ page }) => {
    const fonts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "font") fonts.push(r.url());
    });
    await page.goto(path, { waitUntil: "networkidle" });
    expect(fonts.length, fonts.join(", ")).toBeLessThanOrEqual(1);
    // Paragraphs are reading text: the platform's serif or UI sans, never the heading font.
    const inWebFont = await page.evaluate(() =>
      [...document.querySelectorAll("main p")]
        .filter((el) => el.textContent?.trim() && /sourceSerif|inter/i.test(getComputedStyle(el).fontFamily))
        .map((el) => `${el.textContent!.trim().slice(0, 40)}: ${getComputedStyle(el).fontFamily.slice(0, 60)}`),
    );
    expect(inWebFont).toEqual([]);
  });

  test(`${path}: swapping in the web font shifts no layout`, async ({ page }) => {
    // Hold the fonts back so that the first paint is in the fallback, as on a slow phone.
    await page.route("**/*.woff2", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.addInitScript(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          window.layoutShifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? "") });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(path);
    // The first page of a visit asks for the heading font only after its load event.
    await expect.poll(() => page.evaluate(() => document.fonts.status === "loaded" && document.fonts.check("600 16px sourceSerif"))).toBe(true);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.layoutShifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts).slice(0, 400)).toBeLessThan(0.001);
  });
}
