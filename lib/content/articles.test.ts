import { describe, expect, it } from "vitest";
import { articlesBy, findAuthor, neighbours, isPublished, relatedArticles, sortNewestFirst, visibleArticles, type Article, type Author } from "./articles";
import { toTag } from "../tags";
import { formatDate, todayInAmsterdam } from "../dates";
import { readingMinutes } from "./reading-time";

const jeroen: Author = { slug: "jeroen-bakker", name: "Jeroen Bakker", role: "Consultant", links: {}, bio: ["Bio"] };
const sanne: Author = { slug: "sanne-de-vries", name: "Sanne de Vries", role: "Engineer", links: {}, bio: ["Bio"] };

function make(slug: string, date: string, tags: string[], authors: Author[] = [jeroen]): Article {
  return { slug, file: `${slug}.mdx`, title: slug, date, draft: false, excerpt: "", tags: tags.map(toTag), authors, body: "", readingMinutes: 1, headings: [], text: "" };
}

describe("findAuthor", () => {
  it("finds by name and by slug, ignoring case and spaces", () => {
    expect(findAuthor("Jeroen Bakker", [jeroen, sanne])).toBe(jeroen);
    expect(findAuthor(" sanne-de-vries ", [jeroen, sanne])).toBe(sanne);
    expect(findAuthor("SANNE DE VRIES", [jeroen, sanne])).toBe(sanne);
  });
  it("returns undefined for an unknown author", () => expect(findAuthor("Piet", [jeroen])).toBeUndefined());
});

describe("relatedArticles", () => {
  const self = make("self", "2025-01-01", ["IT", "Data", "Cloud"]);
  const all = [
    self,
    make("one-shared-new", "2025-06-01", ["IT"]),
    make("two-shared-old", "2024-01-01", ["IT", "Data"]),
    make("three-shared", "2023-01-01", ["IT", "Data", "Cloud"]),
    make("one-shared-old", "2024-06-01", ["Cloud"]),
    make("none", "2025-09-01", ["Consultancy"]),
  ];
  it("ranks by shared tags, then newest, never itself, at most three", () => {
    expect(relatedArticles(self, all).map((a) => a.slug)).toEqual(["three-shared", "two-shared-old", "one-shared-new"]);
  });
  it("leaves out articles sharing no tag", () => {
    expect(relatedArticles(all[5]!, all)).toEqual([]);
  });
  it("gives nothing for a limit of zero, and follows a list that changes", () => {
    expect(relatedArticles(self, all, 0)).toEqual([]);
    const grown = [...all];
    expect(relatedArticles(self, grown, 1).map((a) => a.slug)).toEqual(["three-shared"]);
    grown.push(make("newest-three", "2026-01-01", ["IT", "Data", "Cloud"]));
    expect(relatedArticles(self, grown, 1).map((a) => a.slug)).toEqual(["newest-three"]);
  });
  it("agrees with ranking the whole archive, in any input order", () => {
    const labels = ["IT", "Data", "Cloud", "Consultancy", "Carrière", "Security"];
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const archive = Array.from({ length: 300 }, (_, i) =>
      make(`a${i}`, `202${Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, labels.filter(() => random() < 0.35)),
    );
    const byRankingAll = (article: Article) => {
      const mine = new Set(article.tags.map((t) => t.slug));
      return sortNewestFirst(archive)
        .filter((o) => o.slug !== article.slug)
        .map((o) => ({ o, shared: o.tags.filter((t) => mine.has(t.slug)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared)
        .slice(0, 3)
        .map(({ o }) => o.slug);
    };
    for (const article of archive.slice(0, 60)) {
      expect(relatedArticles(article, archive).map((a) => a.slug)).toEqual(byRankingAll(article));
    }
  });
});

describe("article helpers", () => {
  it("sorts newest first, ties by title", () => {
    expect(sortNewestFirst([make("b", "2024-01-01", []), make("c", "2025-01-01", []), make("a", "2024-01-01", [])]).map((a) => a.slug)).toEqual(["c", "a", "b"]);
  });
  it("lists an author's articles, including co-written ones", () => {
    const all = [make("x", "2024-01-01", [], [sanne]), make("y", "2025-01-01", [], [jeroen, sanne]), make("z", "2025-02-01", [])];
    expect(articlesBy("sanne-de-vries", all).map((a) => a.slug)).toEqual(["y", "x"]);
  });
  it("keeps drafts and scheduled articles out of production but shows them in preview", () => {
    const all = [make("live", "2025-01-01", []), { ...make("draft", "2025-01-01", []), draft: true }, make("scheduled", "2025-03-01", [])];
    expect(visibleArticles(all, { preview: false, today: "2025-02-10" }).map((a) => a.slug)).toEqual(["live"]);
    expect(visibleArticles(all, { preview: true, today: "2025-02-10" }).map((a) => a.slug)).toEqual(["live", "draft", "scheduled"]);
    expect(visibleArticles(all, { preview: false, today: "2025-03-01" }).map((a) => a.slug)).toEqual(["live", "scheduled"]);
  });
  it("publishes neither drafts nor future articles", () => {
    expect(isPublished({ draft: false, date: "2025-02-10" }, "2025-02-10")).toBe(true);
    expect(isPublished({ draft: false, date: "2025-02-11" }, "2025-02-10")).toBe(false);
    expect(isPublished({ draft: true, date: "2025-01-01" }, "2025-02-10")).toBe(false);
  });
});

describe("neighbours", () => {
  const list = [make("c", "2025-03-01", []), make("b", "2025-02-01", []), make("a", "2025-01-01", [])];
  it("gives the older article as previous and the newer as next", () => {
    expect(neighbours(1, list)).toEqual({ previous: list[2], next: list[0] });
    expect(neighbours(0, list)).toEqual({ previous: list[1], next: undefined });
    expect(neighbours(2, list)).toEqual({ previous: undefined, next: list[1] });
    expect(neighbours(-1, list)).toEqual({});
  });
});

describe("dates and reading time", () => {
  it("formats dates in Dutch", () => {
    expect(formatDate("2025-02-10")).toBe("10 februari 2025");
    expect(formatDate("2024-03-01")).toBe("1 maart 2024");
  });
  it("takes today's date in Amsterdam, not UTC", () => {
    expect(todayInAmsterdam(new Date("2025-03-31T22:30:00Z"))).toBe("2025-04-01");
    expect(todayInAmsterdam(new Date("2025-01-31T22:30:00Z"))).toBe("2025-01-31");
  });
  it("rounds reading time up at 200 words a minute", () => {
    expect(readingMinutes("woord ".repeat(10))).toBe(1);
    expect(readingMinutes("woord ".repeat(401))).toBe(3);
  });
});
