import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "./content/articles";
import { decodeFilterIndex, encodeFilterIndex } from "./filter-index";
import { toTag } from "./tags";

const jeroen = { slug: "jeroen-bakker", name: "Jeroen Bakker", role: "Consultant", avatar: "/a.svg" };
const sanne = { slug: "sanne-de-vries", name: "Sanne de Vries", role: "Engineer" };
const summaries: ArticleSummary[] = [
  { slug: "b", title: "B", date: "2025-02-01", draft: false, excerpt: "Twee", tags: [toTag("IT"), toTag("Data")], authors: [sanne, jeroen], readingMinutes: 4 },
  { slug: "a", title: "A", date: "2025-01-01", draft: false, excerpt: "Een", tags: [toTag("Data")], authors: [jeroen], readingMinutes: 2 },
];

describe("filter index", () => {
  it("round-trips article summaries", () => {
    expect(decodeFilterIndex(encodeFilterIndex(summaries))).toEqual(summaries);
  });
  it("stores each tag and author once", () => {
    const index = encodeFilterIndex(summaries);
    expect(index.tags).toEqual([["it", "IT"], ["data", "Data"]]);
    expect(index.authors).toHaveLength(2);
    expect(index.articles[1]).toEqual(["a", "A", "2025-01-01", "Een", 2, [1], [1]]);
  });
  it("survives JSON", () => {
    expect(decodeFilterIndex(JSON.parse(JSON.stringify(encodeFilterIndex(summaries))))).toEqual(summaries);
  });
});
