import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "./fixtures";

const pages = [
  { path: "/", title: /^Carrièrekompas/ },
  { path: "/artikelen", title: "Alle artikelen · Carrièrekompas" },
  { path: "/artikelen/werken-in-it-consultancy", title: "Werken in IT-Consultancy: Tussen Techniek en Mens · Carrièrekompas" },
  { path: "/tags", title: "Onderwerpen · Carrièrekompas" },
  { path: "/tags/cloud-security", title: "Cloud & Security · Carrièrekompas" },
  { path: "/auteurs", title: "Auteurs · Carrièrekompas" },
  { path: "/auteurs/sanne-de-vries", title: "Sanne de Vries · Carrièrekompas" },
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const { path, title } of pages) {
  test(`${path} describes itself to search engines and social networks`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(20);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).pathname).toBe(path);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute("href");
    expect(new URL(feed!).pathname).toBe("/feed.xml");

    const image = new URL((await meta('meta[property="og:image"]'))!);
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });

    for (const script of await page.locator('script[type="application/ld+json"]').allTextContents()) {
      expect(() => JSON.parse(script)).not.toThrow();
    }
  });
}

test("structured data: a BlogPosting and breadcrumbs on articles, a Person on authors, the WebSite at home", async ({ page }) => {
  const types = async (path: string) => {
    await page.goto(path);
    return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((s) => JSON.parse(s)["@type"]);
  };
  expect(await types("/artikelen/werken-in-it-consultancy")).toEqual(["BlogPosting", "BreadcrumbList"]);
  expect(await types("/tags/it")).toEqual(["BreadcrumbList"]);
  expect(await types("/auteurs/jeroen-bakker")).toEqual(["Person"]);
  expect(await types("/")).toEqual(["WebSite"]);
});

test("the feeds, sitemap and robots.txt are valid and complete", async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = await request.get("/feed.xml");
  expect(feed.status()).toBe(200);
  const feedXml = await feed.text();
  expect(XMLValidator.validate(feedXml)).toBe(true);
  const items = parser.parse(feedXml).rss.channel.item as { title: string; link: string }[];
  expect(items.length).toBeGreaterThanOrEqual(8);
  expect(items.map((i) => new URL(i.link).pathname)).toContain("/artikelen/werken-in-it-consultancy");

  const tagFeed = parser.parse(await (await request.get("/tags/data/feed.xml")).text());
  const tagItems = [tagFeed.rss.channel.item].flat() as { category: string[] }[];
  expect(tagItems.length).toBeGreaterThan(0);
  for (const item of tagItems) expect([item.category].flat()).toContain("Data");

  const sitemapXml = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(sitemapXml)).toBe(true);
  const urls = [parser.parse(sitemapXml).urlset.url].flat() as { loc: string; lastmod: string }[];
  const paths = urls.map((u) => new URL(u.loc).pathname);
  for (const p of ["/", "/artikelen", "/tags", "/auteurs", "/artikelen/werken-in-it-consultancy", "/tags/cloud-security", "/auteurs/jeroen-bakker"]) {
    expect(paths).toContain(p);
  }
  const index = (await (await request.get("/data/artikelen.json")).json()) as { articles: unknown[] };
  expect(paths.filter((p) => p.startsWith("/artikelen/") && !p.startsWith("/artikelen/pagina/")).length).toBe(index.articles.length);
  expect(items.length).toBe(Math.min(30, index.articles.length));
  for (const url of urls) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}/);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  expect(robots).toMatch(/Allow: \//);
});
