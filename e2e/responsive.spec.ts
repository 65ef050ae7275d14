import { expect, test } from "./fixtures";

for (const path of ["/", "/artikelen", "/artikelen/werken-in-it-consultancy", "/artikelen/starten-als-data-engineer", "/auteurs", "/auteurs/jeroen-bakker", "/tags", "/tags/it"]) {
  test(`${path} has no horizontal overflow at this width`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
