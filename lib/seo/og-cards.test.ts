import { describe, expect, it } from "vitest";
import type { Article, Author } from "../content/articles";
import { toTag } from "../tags";
import { ogEntries } from "./og-cards";

const ayse: Author = { slug: "ayse-yilmaz", name: "Ayşe Yılmaz", role: "Data-engineer", links: {}, bio: ["Bio"] };
const lukasz: Author = { slug: "lukasz-nowak", name: "Łukasz Nowak", role: "Consultant", links: {}, bio: ["Bio"] };
const article = (slug: string, tags: string[], authors: Author[]): Article => ({
  slug, file: `${slug}.mdx`, title: `Titel ${slug} 🚀`, date: "2025-02-10", draft: false, excerpt: "", tags: tags.map(toTag), authors, body: "", readingMinutes: 4, headings: [], text: "",
});

describe("the social images of the site", () => {
  const entries = ogEntries([article("een", ["IT", "Data"], [ayse, lukasz]), article("twee", ["IT"], [ayse])], [ayse, lukasz]);
  const byPath = new Map(entries.map((e) => [e.path, e.card]));

  it("are the default and one per article, tag and author, at their /og/ addresses", () => {
    expect(entries.map((e) => e.path)).toEqual([
      "/og/site/default.png", "/og/artikelen/een.png", "/og/artikelen/twee.png", "/og/tags/it.png", "/og/tags/data.png", "/og/auteurs/ayse-yilmaz.png", "/og/auteurs/lukasz-nowak.png",
    ]);
  });

  it("show an article's title, tags, authors, date and reading time", () => {
    expect(byPath.get("/og/artikelen/een.png")).toEqual({
      kicker: "Artikel", title: "Titel een 🚀", tags: ["IT", "Data"], footer: "Ayşe Yılmaz en Łukasz Nowak", footerDetail: "10 februari 2025 · 4 min lezen",
    });
  });

  it("count a tag's and an author's articles", () => {
    expect(byPath.get("/og/tags/it.png")).toMatchObject({ title: "IT", footer: "2 artikelen" });
    expect(byPath.get("/og/auteurs/ayse-yilmaz.png")).toMatchObject({ title: "Ayşe Yılmaz", footer: "Data-engineer", footerDetail: "2 artikelen" });
    expect(byPath.get("/og/auteurs/lukasz-nowak.png")).toMatchObject({ footerDetail: "1 artikel" });
  });
});
