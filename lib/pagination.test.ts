import { describe, expect, it } from "vitest";
import { extraPageParams, pageCount, pageItems, parsePage, visiblePages } from "./pagination";

describe("pagination", () => {
  it("counts pages, with one page for an empty list", () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
    expect(pageCount(5000, 12)).toBe(417);
  });
  it("slices items per page", () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(pageItems(items, 1, 12)).toEqual(items.slice(0, 12));
    expect(pageItems(items, 3, 12)).toEqual([24, 25, 26, 27, 28, 29]);
  });
  it("has a page N route for every page after the first", () => {
    expect(extraPageParams(12)).toEqual([]);
    expect(extraPageParams(25).map((p) => p.page)).toEqual(["2", "3"]);
  });
  it("accepts only real page numbers from a URL", () => {
    expect(parsePage("2", 5)).toBe(2);
    expect(parsePage("1", 5)).toBeUndefined();
    expect(parsePage("6", 5)).toBeUndefined();
    expect(parsePage("02", 5)).toBeUndefined();
    expect(parsePage("2abc", 5)).toBeUndefined();
  });
  it("shows first, last and the current page's neighbours, with gaps", () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 5)).toEqual([1, 2, null, 5]);
    expect(visiblePages(4, 5)).toEqual([1, 2, 3, 4, 5]); // a gap of one page is shown as that page
    expect(visiblePages(5, 7)).toEqual([1, null, 4, 5, 6, 7]);
    expect(visiblePages(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(visiblePages(50, 417)).toEqual([1, null, 49, 50, 51, null, 417]);
  });
});
