import { describe, expect, it } from "vitest";
import { countTags, facetCounts, filterByTags, findTagClashes, queryForTags, selectedTagsFromQuery, tagSlug, toTag } from "./tags";

describe("tagSlug", () => {
  it.each([
    ["IT", "it"],
    ["Consultancy", "consultancy"],
    ["Cloud & Security", "cloud-security"],
    ["Carrière", "carriere"],
    ["Één  keer", "een-keer"],
    ["Data/AI", "data-ai"],
    ["  Women in IT!  ", "women-in-it"],
    ["C++ & C#", "c-plus-plus-c-sharp"],
    ["Werk-privébalans", "werk-privebalans"],
    ["Mens 'n Machine", "mens-n-machine"],
    ["C#", "c-sharp"],
    ["C++", "c-plus-plus"],
  ])("%j → %j", (label, slug) => expect(tagSlug(label)).toBe(slug));
});

const item = (...labels: string[]) => ({ tags: labels.map(toTag) });

describe("countTags", () => {
  it("counts per slug, most used first, then alphabetically", () => {
    const counted = countTags([item("IT", "Data"), item("IT", "Cloud & Security"), item("Data", "IT")]);
    expect(counted.map(({ tag, count }) => [tag.label, count])).toEqual([
      ["IT", 3],
      ["Data", 2],
      ["Cloud & Security", 1],
    ]);
  });
});

describe("filterByTags", () => {
  const items = [item("IT", "Data"), item("IT", "Consultancy"), item("Data", "Consultancy", "IT")];
  it("returns everything without a selection", () => expect(filterByTags(items, [])).toHaveLength(3));
  it("keeps items carrying all selected tags", () => {
    expect(filterByTags(items, ["it"])).toHaveLength(3);
    expect(filterByTags(items, ["it", "data"])).toEqual([items[0], items[2]]);
    expect(filterByTags(items, ["data", "consultancy", "it"])).toEqual([items[2]]);
  });
  it("returns nothing for an unknown tag", () => expect(filterByTags(items, ["onbekend"])).toEqual([]));
});

describe("findTagClashes", () => {
  it("reports spellings that differ only in case or accents, naming the first spelling on a tie", () => {
    const clashes = findTagClashes([
      { source: "a.mdx", labels: ["Carrière", "IT"] },
      { source: "b.mdx", labels: ["carriere", "IT"] },
      { source: "c.mdx", labels: ["it"] },
    ]);
    expect(clashes).toEqual([
      { slug: "carriere", first: { label: "Carrière", source: "a.mdx" }, other: { label: "carriere", source: "b.mdx" } },
      { slug: "it", first: { label: "IT", source: "a.mdx" }, other: { label: "it", source: "c.mdx" } },
    ]);
  });
  it("keeps the spelling most files use, even when a new file comes first", () => {
    const clashes = findTagClashes([
      { source: "aa-nieuw.mdx", labels: ["it"] },
      { source: "b.mdx", labels: ["IT"] },
      { source: "c.mdx", labels: ["IT"] },
    ]);
    expect(clashes).toEqual([{ slug: "it", first: { label: "IT", source: "b.mdx" }, other: { label: "it", source: "aa-nieuw.mdx" } }]);
  });
  it("is silent when every file spells a tag the same way", () => {
    expect(findTagClashes([{ source: "a", labels: ["IT"] }, { source: "b", labels: ["IT"] }])).toEqual([]);
  });
});

describe("facetCounts", () => {
  const items = [item("IT", "Data"), item("IT", "Consultancy"), item("Data", "Consultancy", "IT")];
  it("counts what each tag would leave in view given the selection", () => {
    expect(Object.fromEntries(facetCounts(items, []))).toEqual({ it: 3, data: 2, consultancy: 2 });
    expect(Object.fromEntries(facetCounts(items, ["data"]))).toEqual({ it: 2, data: 2, consultancy: 1 });
    expect(facetCounts(items, ["data", "consultancy"]).get("it")).toBe(1);
  });
  it("leaves out tags that would empty the list", () => {
    expect(facetCounts([item("A"), item("B")], ["a"]).has("b")).toBe(false);
  });
});

describe("URL selection", () => {
  const known = new Set(["it", "consultancy", "cloud-security"]);
  it("reads known tags in order, deduplicated, ignoring unknown ones", () => {
    expect(selectedTagsFromQuery("?tag=consultancy&tag=onbekend&tag=it&tag=consultancy", known)).toEqual(["consultancy", "it"]);
    expect(selectedTagsFromQuery("?tag=Cloud%20%26%20Security", known)).toEqual(["cloud-security"]);
    expect(selectedTagsFromQuery("", known)).toEqual([]);
  });
  it("writes a selection back as repeated tag parameters", () => {
    expect(queryForTags(["consultancy", "traineeship"])).toBe("?tag=consultancy&tag=traineeship");
    expect(queryForTags([])).toBe("");
  });
});
