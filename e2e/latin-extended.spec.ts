import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The status of each Latin Extended font face (its unicode-range starts at U+0100): unloaded until a letter needs it. */
const latinExtFaces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => /^U\+100-2BA\b/i.test(face.unicodeRange)).map((face) => `${face.style} ${face.status}`);
  });

test("the Latin Extended heading font loads only for a page that shows such a letter", async ({ page }) => {
  await page.goto("/zoeken", { waitUntil: "networkidle" });
  expect(await latinExtFaces(page)).toEqual(["normal unloaded"]);

  // Body and interface text are in system fonts; only a heading with such a letter needs the font.
  await page.getByRole("searchbox", { name: "Zoek in artikelen" }).last().fill("Łukasz Ayşe");
  await expect(page.getByTestId("search-status")).toContainText("Łukasz Ayşe");
  expect(await latinExtFaces(page)).toEqual(["normal unloaded"]);
  await page.evaluate(() => {
    const heading = Object.assign(document.createElement("h2"), { className: "font-serif font-semibold", textContent: "Łukasz Ayşe" });
    document.querySelector("main")!.append(heading);
  });
  await expect.poll(() => latinExtFaces(page)).toContain("normal loaded");
});
