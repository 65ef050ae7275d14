import { expect, test } from "./fixtures";

const LONG = "/artikelen/starten-als-data-engineer";

test.describe("contents and anchors", () => {
  test("on a phone the contents sit closed above the text and their links jump to the section", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(LONG);
    const toc = page.getByTestId("toc-inline");
    await expect(toc).not.toHaveAttribute("open", "");
    await expect(page.getByTestId("toc-side")).toBeHidden();
    await toc.getByText("Inhoud van dit artikel").click();
    const link = toc.getByRole("link", { name: "Python voor transformaties" });
    await link.click();
    await expect(page).toHaveURL(/#python-voor-transformaties$/);
    await expect(page.getByRole("heading", { level: 2, name: /Python voor transformaties/ })).toBeInViewport();
  });

  test("on a wide screen a sticky side list marks the section in view", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(LONG);
    const side = page.getByTestId("toc-side");
    await expect(side).toBeVisible();
    await expect(side.getByRole("link").first()).toHaveAttribute("aria-current", "true");
    // A reader scrolls until the section's heading reaches the top of the screen.
    await page.locator("#python-voor-transformaties").evaluate((h) => h.scrollIntoView({ block: "start" }));
    await expect(side.getByRole("link", { name: "Python voor transformaties" })).toHaveAttribute("aria-current", "true");
    await expect(side.getByRole("link", { name: "Wat een data engineer eigenlijk doet" })).toHaveAttribute("aria-current", "false");
    await expect(side).toBeInViewport();
  });

  test("every h2 and h3 has a unique id and a link to itself", async ({ page }) => {
    await page.goto(LONG);
    const ids = await page.locator(".prose-article :is(h2, h3)").evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    const heading = page.locator(`#${ids[0]}`);
    const anchor = page.getByRole("link", { name: `Link naar “${(await heading.textContent())!.trim()}”` });
    await expect(anchor).toHaveAttribute("href", `#${ids[0]}`);
    await expect(anchor).toHaveCSS("opacity", "0");
    await anchor.focus();
    await expect(anchor).toHaveCSS("opacity", "1");
    // The heading's accessible name is its own text, not the anchor's.
    await expect(page.getByRole("heading", { name: (await heading.textContent())!.trim(), exact: true })).toHaveCount(1);
  });

  test("short articles have no contents", async ({ page }) => {
    await page.goto("/artikelen/werken-in-it-consultancy");
    await expect(page.getByTestId("toc-inline")).toHaveCount(0);
  });
});

test.describe("code and sharing", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("code blocks are highlighted at build time, labelled, scroll inside and copy", async ({ page }) => {
    await page.goto(LONG);
    const block = page.getByTestId("code-block").filter({ hasText: "PYTHON" });
    await expect(block.locator("figcaption")).toContainText("Python");
    await expect(block.locator("pre span[style*='color']").first()).toBeVisible();
    const pre = block.locator("pre");
    const scrolls = await pre.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === "auto");
    expect(scrolls).toBe(true);
    await block.getByRole("button", { name: "Kopieer code" }).click();
    await expect(block.getByRole("button")).toContainText("Gekopieerd");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("def schoon_klanten_op(df: pd.DataFrame)");
    expect(copied).toBe(await pre.textContent());
  });

  test("share links carry the article's address, and copying the link confirms it", async ({ page }) => {
    await page.goto(LONG);
    const share = page.getByRole("region", { name: "Deel dit artikel" });
    const url = await page.locator('link[rel="canonical"]').getAttribute("href");
    const encoded = encodeURIComponent(url!);
    await expect(share.getByRole("link", { name: "LinkedIn" })).toHaveAttribute("href", `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`);
    await expect(share.getByRole("link", { name: "WhatsApp" })).toHaveAttribute("href", new RegExp(`^https://wa\\.me/\\?text=.*${encoded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(share.getByRole("link", { name: "E-mail" })).toHaveAttribute("href", new RegExp(`^mailto:\\?subject=.+&body=.*${encoded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await share.getByRole("button", { name: "Kopieer link" }).click();
    await expect(share.getByText("Link gekopieerd")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(page.locator("iframe")).toHaveCount(0);
  });
});

test.describe("moving on", () => {
  test("breadcrumb, previous and next lead through the articles by date", async ({ page }) => {
    await page.goto("/artikelen/een-jaar-als-trainee");
    const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
    await expect(crumbs.getByRole("listitem")).toHaveText([/Home/, /Artikelen/, /Een jaar als trainee/]);
    await expect(crumbs.locator("[aria-current=page]")).toContainText("Een jaar als trainee");

    const pager = page.getByRole("navigation", { name: "Meer artikelen" });
    const older = pager.getByRole("link", { name: /Vorig artikel/ });
    const newer = pager.getByRole("link", { name: /Volgend artikel/ });
    await expect(older).toContainText("Starten als data engineer");
    await expect(newer).toContainText("Van developer naar architect");
    await newer.click();
    await expect(page).toHaveURL(/van-developer-naar-architect$/);
    await page.getByRole("navigation", { name: "Meer artikelen" }).getByRole("link", { name: /Vorig artikel/ }).click();
    await expect(page).toHaveURL(/een-jaar-als-trainee$/);
    await crumbs.getByRole("link", { name: "Artikelen" }).click();
    await expect(page).toHaveURL(/\/artikelen$/);
  });

  test("an updated article says so in the byline", async ({ page }) => {
    await page.goto(LONG);
    await expect(page.locator("article header")).toContainText("Bijgewerkt op 15 januari 2025");
  });
});

test.describe("theme", () => {
  test.beforeEach(async ({ page }) => {
    // Records the theme at the moment <body> is parsed, i.e. before the first paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtFirstPaint?: string }).themeAtFirstPaint = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });
  const firstPaintTheme = (page: import("@playwright/test").Page) => page.evaluate(() => (window as unknown as { themeAtFirstPaint?: string }).themeAtFirstPaint);

  test("follows the system, and the toggle's choice persists without a flash", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    expect(await firstPaintTheme(page)).toBe("dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.reload();
    expect(await firstPaintTheme(page)).toBe("light");

    const toggle = page.getByTestId("theme-toggle");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe("rgb(22, 19, 15)");

    await page.goto(LONG);
    expect(await firstPaintTheme(page)).toBe("dark");
    await page.reload();
    expect(await firstPaintTheme(page)).toBe("dark");
    await page.getByTestId("theme-toggle").click();
    await page.reload();
    expect(await firstPaintTheme(page)).toBe("light");
  });
});

test("an article prints cleanly: no header, chips or share links, and link addresses shown", async ({ page }, testInfo) => {
  await page.goto(LONG);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.getByRole("region", { name: "Deel dit artikel" })).toBeHidden();
  await expect(page.getByTestId("toc-inline")).toBeHidden();
  await expect(page.locator("article header ul").first()).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const after = await page.locator(".prose-article a[href^='/']").first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toMatch(/^" \(" attr\(href\) "\)"$|\/artikelen\/|\/tags\//);
  await page.screenshot({ path: testInfo.outputPath("print.png"), fullPage: true });
});

test.describe("fonts", () => {
  test("pages preload no font; quotes are set in the platform's serif italic, and only the heading face is downloaded", async ({ page }) => {
    await page.goto("/artikelen");
    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloaded).toEqual([]);

    await page.goto("/artikelen/werken-in-it-consultancy");
    const quote = page.locator("figure blockquote").first();
    await expect(quote).toBeVisible();
    const style = await quote.evaluate((el) => ({ family: getComputedStyle(el).fontFamily, style: getComputedStyle(el).fontStyle }));
    expect(style.style).toBe("italic");
    // The body's system serif stack (Charter, Georgia, … serif): its italic costs no download.
    expect(style.family).toMatch(/^Charter,.*\bserif$/);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.style} ${f.weight}`));
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((face) => face.startsWith("normal "))).toBe(true);
  });
});

test("on a desktop the body text runs 65-72 characters a line, whatever serif the platform has", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/artikelen/werken-in-it-consultancy");
  // Characters a full line holds: the paragraph's width over the width of its text set on one line.
  const perLine = await page.locator(".prose-article > p").evaluateAll((paragraphs) =>
    paragraphs
      .filter((p) => (p.textContent ?? "").length > 150)
      .map((p) => {
        const probe = document.createElement("span");
        probe.style.whiteSpace = "nowrap";
        probe.textContent = p.textContent;
        p.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return Math.round(((p.textContent ?? "").length * p.clientWidth) / width);
      }),
  );
  expect(perLine.length).toBeGreaterThan(2);
  const median = perLine.sort((a, b) => a - b)[Math.floor(perLine.length / 2)]!;
  expect(median).toBeGreaterThanOrEqual(63);
  expect(median).toBeLessThanOrEqual(74);
});
