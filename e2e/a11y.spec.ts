import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const pages = [
  ["home", "/"],
  ["overview", "/artikelen"],
  ["overview with a filter", "/artikelen?tag=it&tag=carriere"],
  ["article", "/artikelen/starten-als-data-engineer"],
  ["seed article", "/artikelen/werken-in-it-consultancy"],
  ["article with tables and footnotes", "/artikelen/traineeship-junior-of-detachering"],
  ["tag list", "/tags"],
  ["tag page", "/tags/cloud-security"],
  ["author list", "/auteurs"],
  ["author page", "/auteurs/jeroen-bakker"],
  ["404", "/bestaat-niet"],
] as const;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const [name, path] of pages) {
      test(`${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        if (path.includes("?tag=")) await expect(page.getByTestId("result-count")).toHaveText(/^\d+ artikel/);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test("headings run in order without skipping a level on every page type", async ({ page }) => {
  for (const [, path] of pages) {
    await page.goto(path);
    const levels = await page.locator("main :is(h1, h2, h3, h4)").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0], path).toBe(1);
    levels.reduce((previous, level) => {
      expect(level - previous, `${path}: h${previous} → h${level}`).toBeLessThanOrEqual(1);
      return level;
    });
  }
});

test("keyboard focus follows the visual order and is always visible", async ({ page }) => {
  await page.goto("/artikelen");
  const seen: { y: number; outline: string }[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    seen.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { y: el.getBoundingClientRect().top + window.scrollY, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    }));
  }
  for (const s of seen.slice(1)) expect(s.outline).not.toMatch(/^none/);
  const ys = seen.slice(1).map((s) => Math.round(s.y));
  expect([...ys].sort((a, b) => a - b)).toEqual(ys);
});

// Controls (menus, chips, buttons, pagers); inline links in text and small tag labels only need WCAG's 24 px, which axe checks.
const controls = ["body > header a", "body > header button", "body > footer a", "nav[aria-label=Kruimelpad] a", "section button", "section [role=button]", "section[aria-labelledby=delen] a", "nav[aria-label=Paginering] a", "nav[aria-label='Meer artikelen'] a", "summary"].join(", ");

test("tap targets of controls are at least 44 px high on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/", "/artikelen", "/artikelen/starten-als-data-engineer"]) {
    await page.goto(path);
    const small = await page.locator(controls).evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ text: (el.textContent ?? "").trim().slice(0, 30), ...(({ width, height }) => ({ width, height }))(el.getBoundingClientRect()) }))
        .filter((r) => r.height < 44 && r.width > 0),
    );
    expect(small, path).toEqual([]);
  }
});

test("reduced motion turns transitions and smooth scrolling off", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/artikelen");
  const card = page.getByTestId("article-card").first();
  expect(await card.evaluate((el) => getComputedStyle(el).transitionDuration)).toMatch(/^(0s|1e-05s)/);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});

test("images have alt text", async ({ page }) => {
  for (const path of ["/", "/auteurs", "/artikelen/werken-in-it-consultancy"]) {
    await page.goto(path);
    const missing = await page.locator("img:not([alt])").count();
    expect(missing, path).toBe(0);
  }
});
