import { describe, expect, it, vi } from "vitest";
import { PAGE_SIZE } from "./pagination";
import { articlePath, authorPath, listPagePath, normaliseBasePath, ogImagePath, sitePages, tagFeedPath, tagPath, withBasePath, withoutBasePath } from "./routes";
import { article as articleFile, contentFolder } from "../tests/support/content-fixture";

const article = (slug: string, date: string, tags: string[], authors: string[], updated?: string) => ({
  slug, date, updated, tags: tags.map((s) => ({ slug: s })), authors: authors.map((s) => ({ slug: s })),
});

describe("routes", () => {
  it("builds each kind of address", () => {
    expect(articlePath("mijn-artikel")).toBe("/artikelen/mijn-artikel");
    expect(tagPath("it")).toBe("/tags/it");
    expect(tagFeedPath("it")).toBe("/tags/it/feed.xml");
    expect(authorPath("jeroen-bakker")).toBe("/auteurs/jeroen-bakker");
    expect(ogImagePath("artikelen", "x")).toBe("/og/artikelen/x.png");
  });

  it("has stable list URLs: page 1 is the list itself", () => {
    expect(listPagePath("/artikelen", 1)).toBe("/artikelen");
    expect(listPagePath("/artikelen", 2)).toBe("/artikelen/pagina/2");
    expect(listPagePath("/tags/it", 7)).toBe("/tags/it/pagina/7");
  });

  it("lists every page and feed once, with the date its content last changed", () => {
    const pages = sitePages(
      [article("nieuw", "2025-03-01", ["it"], ["jeroen"]), article("oud", "2024-01-01", ["it", "data"], ["jeroen"], "2025-04-01")],
      ["jeroen", "sanne"],
    );
    const byPath = new Map(pages.map((p) => [p.path, p]));
    expect(pages).toHaveLength(byPath.size);
    expect([...byPath.keys()].sort()).toEqual([
      "/", "/artikelen", "/artikelen/nieuw", "/artikelen/oud", "/auteurs", "/auteurs/jeroen", "/auteurs/sanne",
      "/feed.xml", "/sitemap.xml", "/tags", "/tags/data", "/tags/data/feed.xml", "/tags/it", "/tags/it/feed.xml", "/zoeken",
    ]);
    expect(byPath.get("/")?.lastModified).toBe("2025-04-01");
    expect(byPath.get("/artikelen/nieuw")?.lastModified).toBe("2025-03-01");
    expect(byPath.get("/tags/data")?.lastModified).toBe("2025-04-01");
    expect(byPath.get("/auteurs/sanne")).toMatchObject({ kind: "page", lastModified: undefined });
    expect(byPath.get("/feed.xml")?.kind).toBe("feed");
  });

  it("lists every page of a long list", () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => article(`a${i}`, "2025-01-01", ["it"], ["jeroen"]));
    const paths = sitePages(many, ["jeroen"]).map((p) => p.path);
    for (const base of ["/artikelen", "/tags/it", "/auteurs/jeroen"]) {
      expect(paths.filter((p) => p === base || p.startsWith(`${base}/pagina/`))).toEqual([base, `${base}/pagina/2`, `${base}/pagina/3`]);
    }
  });
});

describe("a base path (BASE_PATH=/voorbeeld/pr-12)", () => {
  it("is normalised to one leading slash and no trailing one, and refuses what is not a path", () => {
    expect(normaliseBasePath(undefined)).toBe("");
    expect(normaliseBasePath("/")).toBe("");
    expect(normaliseBasePath("voorbeeld/pr-12/")).toBe("/voorbeeld/pr-12");
    expect(normaliseBasePath("/carriere")).toBe("/carriere");
    expect(() => normaliseBasePath("/a b")).toThrow(/BASE_PATH "\/a b"/);
    expect(() => normaliseBasePath("https://example.nl/x")).toThrow(/not a path/);
  });

  it("goes in front of the site's own paths only, and comes off again", () => {
    const base = "/voorbeeld/pr-12";
    expect(withBasePath("/", base)).toBe(base);
    expect(withBasePath("/artikelen/x#kop", base)).toBe("/voorbeeld/pr-12/artikelen/x#kop");
    expect(withBasePath("/images/foto.jpg", base)).toBe("/voorbeeld/pr-12/images/foto.jpg");
    for (const other of ["https://example.nl/", "//cdn.example.nl/x", "#kop", "mailto:a@b.nl"]) expect(withBasePath(other, base)).toBe(other);
    expect(withBasePath("/artikelen", "")).toBe("/artikelen");
    expect(withoutBasePath("/voorbeeld/pr-12/tags/it", base)).toBe("/tags/it");
    expect(withoutBasePath(base, base)).toBe("/");
    expect(withoutBasePath("/voorbeeld/pr-123", base)).toBe("/voorbeeld/pr-123");
  });

  it("prefixes every built path and listed page, while articles still link as /artikelen/x", async () => {
    vi.stubEnv("BASE_PATH", "/voorbeeld/pr-12");
    vi.resetModules();
    try {
      const routes = await import("./routes");
      expect(routes.paths.home).toBe("/voorbeeld/pr-12");
      expect(routes.articlePath("x")).toBe("/voorbeeld/pr-12/artikelen/x");
      expect(routes.tagFeedPath("it")).toBe("/voorbeeld/pr-12/tags/it/feed.xml");
      expect(routes.searchFilePath("index", "meta.json")).toBe("/voorbeeld/pr-12/zoeken/index/meta.json");
      expect(routes.paths.filterIndex).toBe("/voorbeeld/pr-12/data/artikelen.json");
      expect(routes.ogImagePath("artikelen", "x")).toBe("/voorbeeld/pr-12/og/artikelen/x.png");
      const listed = routes.sitePages([article("x", "2025-01-01", ["it"], ["jeroen"])], ["jeroen"]).map((p) => p.path);
      expect(listed.every((p) => p.startsWith("/voorbeeld/pr-12"))).toBe(true);

      // The content check takes links as editors write them, without the base path.
      const body = "Lees [het andere artikel](/artikelen/ander) en [IT](/tags/it), niet [dit](/artikelen/weg).\n";
      const root = contentFolder({ "articles/ander.mdx": articleFile({ title: '"Ander"' }), "articles/hier.mdx": articleFile({ title: '"Hier"' }, body) });
      const { readContent } = await import("./content/read");
      const messages = readContent(root).problems.map((p) => p.message);
      expect(messages).toEqual(["link naar /artikelen/weg, een pagina die (nog) niet bestaat; controleer het adres [link-bestaat-niet]"]);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
