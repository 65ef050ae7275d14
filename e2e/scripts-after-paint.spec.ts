import { expect, test } from "./fixtures";

/*
 * The static export starts Next's scripts only after the page has painted
 * (lib/scripts-after-paint.ts): the reader's text is never held up by hydration, and the page
 * still becomes interactive. Runs against the export only (playwright.config.ts).
 */

declare global {
  interface Window {
    firstPaintAt?: number;
    firstScriptAt?: number;
  }
}

for (const path of ["/", "/artikelen", "/artikelen/werken-in-it-consultancy"]) {
  test(`${path}: Next's scripts start after the first paint, and the page still hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === "first-paint") window.firstPaintAt ??= entry.startTime;
      }).observe({ type: "paint", buffered: true });
      new MutationObserver((mutations) => {
        for (const m of mutations)
          for (const node of m.addedNodes)
            // The noModule polyfill script is never run by a browser that runs modules.
            if (node instanceof HTMLScriptElement && !node.noModule && node.src.includes("/_next/static/")) window.firstScriptAt ??= performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const response = await page.goto(path);
    // The HTML itself names no bootstrap script: nothing can run before the loader does.
    expect(await response!.text()).not.toMatch(/<script src="[^"]*\/_next\/static\/[^"]*" async="">/);

    await expect.poll(() => page.evaluate(() => window.firstScriptAt ?? null)).not.toBeNull();
    const { firstPaintAt, firstScriptAt } = await page.evaluate(() => ({ firstPaintAt: window.firstPaintAt, firstScriptAt: window.firstScriptAt }));
    expect(firstPaintAt, "the page painted").toBeDefined();
    expect(firstScriptAt!).toBeGreaterThan(firstPaintAt!);

    // Hydrated: the theme toggle, a client component, works.
    const toggle = page.getByTestId("theme-toggle");
    await expect(async () => {
      const before = await page.locator("html").getAttribute("data-theme");
      await toggle.click();
      await expect(page.locator("html")).not.toHaveAttribute("data-theme", before ?? "", { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  });
}
