import { expect, test } from "./fixtures";

// A real article that uses every GitHub-flavoured Markdown construct an editor may write.
const ARTICLE = "/artikelen/traineeship-junior-of-detachering";
const COMPARISON = "Traineeship, junior-baan en detachering vergeleken";

test("a table is a real table with column headers, its caption and the alignment the editor chose", async ({ page }) => {
  await page.goto(ARTICLE);
  const table = page.getByRole("table", { name: COMPARISON });
  await expect(table.getByRole("columnheader")).toHaveText(["Vergelijk op", "Traineeship", "Junior in vaste dienst", "Detachering"]);
  await expect(table.locator("thead th[scope=col]")).toHaveCount(4);
  await expect(table.getByRole("row")).toHaveCount(6);

  const probation = page.getByRole("table", { name: "Maximale proeftijd volgens de wet" });
  const align = (name: string) => probation.getByRole("cell", { name, exact: true }).evaluate((el) => getComputedStyle(el).textAlign);
  expect(await align("één maand")).toBe("center");
  expect(await align("zes maanden of korter")).toBe("start");
  expect(await probation.getByRole("columnheader", { name: "Maximale proeftijd" }).evaluate((el) => getComputedStyle(el).textAlign)).toBe("center");
  // The "Tabel:" line became the caption and is not also shown as a paragraph.
  await expect(page.locator(".prose-article p").filter({ hasText: /^Tabel:/ })).toHaveCount(0);
});

test("on a 375 px phone a wide table scrolls inside its own labelled region, never the page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(ARTICLE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: COMPARISON });
  await expect(region.getByRole("table")).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === "auto")).toBe(true);
  // A keyboard user reaches the region and scrolls it with the arrow keys.
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test("footnote numbers jump to their note, and the note's back-link returns to the text", async ({ page }) => {
  await page.goto(ARTICLE);
  const reference = page.locator("sup").getByRole("link", { name: "1", exact: true });
  await reference.click();
  await expect(page).toHaveURL(/#voetnoot_fn-proeftijd$/);
  const note = page.getByRole("listitem").filter({ hasText: "Artikel 7:652 van het Burgerlijk Wetboek" });
  await expect(note).toBeInViewport();
  await note.getByRole("link", { name: "Terug naar de tekst bij voetnoot 1" }).click();
  await expect(page).toHaveURL(/#voetnoot_fnref-proeftijd$/);
  await expect(reference).toBeInViewport();

  await expect(page.getByRole("heading", { level: 2, name: "Voetnoten" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Terug naar de tekst/ }) })).toHaveCount(4);
  // Not in the table of contents, and no id on the page twice.
  await expect(page.getByTestId("toc-inline")).not.toContainText("Voetnoten");
  const ids = await page.locator("[id]").evaluateAll((els) => els.map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test("strikethrough, read-only checkboxes and bare addresses reach the reader; no Markdown shows as text", async ({ page, request }) => {
  await page.goto(ARTICLE);
  await expect(page.locator(".prose-article del").first()).toHaveText("Een traineeship is alleen voor wie IT heeft gestudeerd.");

  const boxes = page.getByRole("checkbox");
  await expect(boxes).toHaveCount(5);
  for (const box of await boxes.all()) await expect(box).toBeDisabled();
  await expect(page.getByRole("checkbox", { name: "Ik heb de terugbetalingsregeling gelezen en weet hoe die afbouwt" })).toBeChecked();
  const open = page.getByRole("checkbox", { name: "Ik heb met een trainee van vorig jaar gesproken" });
  await expect(open).not.toBeChecked();
  await open.click({ force: true });
  await expect(open).not.toBeChecked();
  await open.focus();
  await expect(open).not.toBeFocused();

  const address = page.getByRole("link", { name: "https://www.juridischloket.nl" });
  await expect(address).toHaveAttribute("href", "https://www.juridischloket.nl");
  await expect(address).toHaveAttribute("rel", "noopener noreferrer");

  const text = await page.locator(".prose-article").innerText();
  for (const literal of ["|", "[^", "~~", "[x]", "[ ]", "Tabel:"]) expect(text, literal).not.toContain(literal);
  // The editor's note stays in the file: not on the page, its data or the feed.
  for (const path of [ARTICLE, "/feed.xml"]) expect(await (await request.get(path)).text(), path).not.toContain("Redactie: eventueel");
});
