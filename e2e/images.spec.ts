import { expect, test } from "./fixtures";

/** The traineeship article opens with an illustration: resized at build time, captioned, loaded first. */
test("an article's illustration comes resized, captioned and first, never as the original", async ({ page }) => {
  const downloaded: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "image") downloaded.push(`${response.status()} ${response.headers()["content-type"]} ${new URL(response.url()).pathname}`);
  });
  await page.goto("/artikelen/een-jaar-als-trainee");
  const figure = page.getByRole("figure").filter({ has: page.getByRole("img", { name: /Een slingerend pad van twaalf stippen/ }) });
  await expect(figure.locator("figcaption")).toHaveText(/^Het traineeshipjaar in vijf fasen/);
  const image = figure.getByRole("img");
  await expect(image).toHaveJSProperty("complete", true);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
  await expect(image).toHaveAttribute("fetchpriority", "high");
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "900");
  const current = await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
  expect(current).toMatch(/^\/img\/images\/artikelen\/een-jaar-als-trainee\.png\/\d+\.webp$/);
  expect(downloaded).toContain(`200 image/webp ${current}`);
  // Originals of raster images are never downloaded (an SVG is served as it is).
  expect(downloaded.filter((line) => /\s\/images\/.*\.(jpe?g|png|webp|avif)$/.test(line))).toEqual([]);
});
