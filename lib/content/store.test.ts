import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { article, contentFolder } from "../../tests/support/content-fixture";

describe("content store", () => {
  it("never drops an invalid article silently: the site loader throws with file and message", async () => {
    const root = contentFolder({ "articles/kapot.mdx": article({ date: "morgen" }) });
    process.env.CONTENT_DIR = root;
    vi.resetModules();
    try {
      const { getArticles } = await import("./store");
      const { ContentError } = await import("./problems");
      expect(() => getArticles()).toThrow(ContentError);
      expect(() => getArticles()).toThrow(/kapot\.mdx:3:1 {2}date: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-02-10; er staat "morgen" \[datum-vorm\]/);
    } finally {
      delete process.env.CONTENT_DIR;
      vi.resetModules();
    }
  }, 30_000);
  it("gives pages their lists from one index: by slug, tag and author, newest first", async () => {
    const sanne = '---\nname: "Sanne de Vries"\nrole: "Recruiter"\n---\n\nSanne werkt in recruitment.\n';
    const root = contentFolder({
      "authors/sanne-de-vries.md": sanne,
      "articles/oud.mdx": article({ title: '"Oud"', date: "2024-01-01", tags: "[IT, Data]" }),
      "articles/nieuw.mdx": article({ title: '"Nieuw"', date: "2025-01-01", tags: "[IT]", author: '["Jeroen Bakker", "Sanne de Vries"]' }),
      "articles/midden.mdx": article({ title: '"Midden"', date: "2024-06-01", tags: "[Data]", author: '"Sanne de Vries"' }),
    });
    process.env.CONTENT_DIR = root;
    vi.resetModules();
    try {
      const content = await import("./store");
      const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);
      expect(slugs(content.getArticles())).toEqual(["nieuw", "midden", "oud"]);
      expect(content.getArticle("midden")?.title).toBe("Midden");
      expect(content.getArticle("bestaat-niet")).toBeUndefined();
      expect(slugs(content.getArticlesTagged("it"))).toEqual(["nieuw", "oud"]);
      expect(slugs(content.getArticlesTagged("data"))).toEqual(["midden", "oud"]);
      expect(content.getArticlesTagged("onbekend")).toEqual([]);
      expect(slugs(content.getArticlesBy("sanne-de-vries"))).toEqual(["nieuw", "midden"]);
      expect(slugs(content.getArticlesBy("jeroen-bakker"))).toEqual(["nieuw", "oud"]);
      expect(content.getAuthors().map((a) => a.name)).toEqual(["Jeroen Bakker", "Sanne de Vries"]);
      expect(content.getTagCounts().map(({ tag, count }) => `${tag.label} ${count}`)).toEqual(["Data 2", "IT 2"]);
      expect(content.getTag("data")).toMatchObject({ tag: { label: "Data" }, count: 2 });
      expect(content.getTag("onbekend")).toBeUndefined();
      expect(content.getAuthor("sanne-de-vries")?.name).toBe("Sanne de Vries");
      expect(content.getAuthor("onbekend")).toBeUndefined();
      expect(content.getNeighbours("midden")).toMatchObject({ previous: { slug: "oud" }, next: { slug: "nieuw" } });
      expect(content.getNeighbours("onbekend")).toEqual({});
      expect(slugs(content.getRelated(content.getArticle("oud")!))).toEqual(["nieuw", "midden"]);
    } finally {
      delete process.env.CONTENT_DIR;
      vi.resetModules();
    }
  }, 30_000);
  it("under npm run dev, shares one read between calls and reads again after a file changes", async () => {
    const root = contentFolder({ "articles/een.mdx": article({ title: '"Eerste versie"' }) });
    process.env.CONTENT_DIR = root;
    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    try {
      const content = await import("./store");
      const first = content.getArticles();
      expect(content.getArticles()).toBe(first);
      fs.writeFileSync(path.join(root, "articles/een.mdx"), article({ title: '"Tweede, langere versie"' }));
      expect(content.getArticles()[0]!.title).toBe("Tweede, langere versie");
      fs.writeFileSync(path.join(root, "articles/twee.mdx"), article({ title: '"Nieuw artikel"' }));
      expect(content.getArticles()).toHaveLength(2);
    } finally {
      delete process.env.CONTENT_DIR;
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  }, 30_000);
});
