import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "./pagination";
import { articlePath, authorPath, listPagePath, ogImagePath, sitePages, tagFeedPath, tagPath } from "./routes";

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
