import fs from "node:fs";
import type { Page, Response } from "@playwright/test";
import { captions, fixtureSlug, longWords } from "../lib/images/fixture/content";
import { expect, test } from "./fixtures";

/*
 * The image fixture (lib/images/fixture/content.ts), built beside the site's own content into the
 * sub-folder export (npm run build:static:base-path, scripts/write-test-site.ts): an article that
 * opens with a generated 4000 × 3000 phone photo, a second photo far below the first screen, and the
 * longest Dutch compounds in its title, heading, tag and text. Pages are opened by relative paths
 * ("artikelen/…"), so they resolve under the project's baseURL; requests are checked with `base`.
 */

const base = "/voorbeeld/pr-12";
const articlePath = `artikelen/${fixtureSlug}`;

test.beforeAll(() => {
  if (!fs.existsSync(`.e2e-base-path/${articlePath}.html`)) throw new Error("No image fixture in the base-path export: run `npm run build:static:base-path` first.");
});

/** The pixel width of the file an img shows (naturalWidth is scaled by the srcset's density). */
function fileWidth(img: HTMLImageElement): Promise<number> {
  return fetch(img.currentSrc).then((r) => r.blob()).then((blob) => createImageBitmap(blob)).then((bitmap) => bitmap.width);
}

/** Every image the page downloads, with its size in bytes. */
function recordImages(page: Page): Map<string, number> {
  const images = new Map<string, number>();
  page.on("response", async (response: Response) => {
    if (response.request().resourceType() !== "image") return;
    images.set(new URL(response.url()).pathname, (await response.body()).length);
  });
  return images;
}

const screens = [
  { width: 320, dpr: 2, chosen: 700 },
  { width: 375, dpr: 2, chosen: 700 },
  { width: 1440, dpr: 1, chosen: 700 },
  { width: 1440, dpr: 2, chosen: 1400 },
];

for (const { width, dpr, chosen } of screens) {
  test.describe(`at ${width} px, ${dpr}×`, () => {
    test.use({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });

    test(`the lead photo comes as the ${chosen} px WebP, under 200 KB, with its caption and size`, async ({ page }) => {
      const images = recordImages(page);
      await page.goto(articlePath);
      const figure = page.getByRole("figure").filter({ hasText: captions.lead });
      const photo = figure.getByRole("img", { name: "Vijf collega's staan lachend voor een raam met uitzicht op de Dom" });
      await expect(photo).toHaveJSProperty("complete", true);
      await expect(figure.locator("figcaption")).toHaveText(captions.lead);

      const lead = await photo.evaluate((img: HTMLImageElement) => ({
        current: new URL(img.currentSrc).pathname, width: img.getAttribute("width"), height: img.getAttribute("height"),
        shown: img.getBoundingClientRect().width, shownHeight: img.getBoundingClientRect().height,
        loading: img.loading, fetchPriority: img.fetchPriority, decoding: img.decoding, title: img.title,
      }));
      expect(lead.current).toBe(`${base}/img/images/teamfoto.jpg/${chosen}.webp`);
      expect(await photo.evaluate(fileWidth)).toBe(chosen);
      expect([lead.width, lead.height]).toEqual(["4000", "3000"]);
      expect(lead.shownHeight).toBeCloseTo((lead.shown * 3) / 4, 0);
      expect([lead.loading, lead.fetchPriority, lead.decoding]).toEqual(["eager", "high", "async"]);
      expect(lead.title).toBe("");

      const bytes = images.get(lead.current);
      expect(bytes, "the lead photo's download").toBeGreaterThan(10_000);
      expect(bytes).toBeLessThanOrEqual(200 * 1024);
      // The original is never what a reader downloads.
      expect([...images.keys()].filter((p) => p.startsWith(`${base}/images/`))).toEqual([]);
    });

    test("the photo below the first screen loads only when the reader scrolls to it", async ({ page }) => {
      const images = recordImages(page);
      await page.goto(articlePath);
      await page.waitForLoadState("networkidle");
      const below = page.getByRole("figure").filter({ hasText: captions.below }).getByRole("img");
      await expect(below).toHaveAttribute("loading", "lazy");
      expect([...images.keys()].some((p) => p.startsWith(`${base}/img/images/kantoor.jpg/`))).toBe(false);
      await below.scrollIntoViewIfNeeded();
      await expect(below).toHaveJSProperty("complete", true);
      await expect.poll(() => [...images.keys()].some((p) => p.startsWith(`${base}/img/images/kantoor.jpg/`))).toBe(true);
      expect(await below.evaluate(fileWidth)).toBe(chosen);
    });

    test("a tag's count stays on one line beside the longest tag", async ({ page }) => {
      await page.goto("tags");
      for (const count of await page.getByTestId("tag-count").all()) {
        const lineHeight = await count.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
        expect((await count.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
      }
    });

    for (const path of [articlePath, "./", "artikelen", "tags", `tags/${longWords.tag.toLowerCase()}`, "auteurs/anna-de-boer"]) {
      test(`/${path.replace(/^\.\//, "")} does not scroll sideways with the longest compounds`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Every heading stays inside the screen: long words break instead of sticking out.
        for (const box of await page.getByRole("heading").evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().right))) {
          expect(box).toBeLessThanOrEqual(width);
        }
      });
    }
  });
}

test("the author's photo comes in the avatar sizes, not as the original", async ({ page }) => {
  const images = recordImages(page);
  await page.goto("auteurs/anna-de-boer");
  await page.waitForLoadState("networkidle");
  const avatars = [...images.keys()].filter((p) => p.includes("anna-de-boer"));
  expect(avatars.length).toBeGreaterThan(0);
  for (const p of avatars) expect(p).toMatch(new RegExp(`^${base}/img/images/authors/anna-de-boer\\.jpg/(96|192)\\.webp$`));
});
