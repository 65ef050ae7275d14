import { expect, test } from "./fixtures";

// The web fonts are not preloaded: text first paints in a metric-matched local font
// (app/font-fallbacks.css) and the swap to Inter and Source Serif 4 must move nothing.
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

for (const path of ["/", "/artikelen", "/artikelen/werken-in-it-consultancy", "/tags/it", "/auteurs/jeroen-bakker"]) {
  test(`${path}: swapping in the web fonts shifts no layout`, async ({ page }) => {
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
    await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe("loaded");
    expect(await page.evaluate(() => document.fonts.check("16px inter") && document.fonts.check("600 16px sourceSerif"))).toBe(true);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.layoutShifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts).slice(0, 400)).toBeLessThan(0.001);
  });
}
