/**
 * Articles per page of every list: the numbered list pages, and each "show more" step of the tag
 * filter and the search results. Enough to browse, small enough that no page grows with the archive.
 */
export const PAGE_SIZE = 12;

/** How many of the newest articles the home page shows. */
export const HOME_LATEST = 6;

/** How many pages a list of `total` items needs (at least one, so an empty list still has a page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Reads a page number from a URL segment: a whole number from 2 to `count`, else undefined. */
export function parsePage(segment: string, count: number): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const page = Number(segment);
  return page >= 2 && page <= count ? page : undefined;
}

/** The page numbers to show: first, last, and the current with its neighbours; null marks a gap. */
export function visiblePages(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (typeof last === "number" && p - last === 2) out.push(last + 1);
    else if (typeof last === "number" && p - last > 2) out.push(null);
    out.push(p);
  }
  return out;
}

/** Static params for pages 2…N of a list. */
export function extraPageParams(total: number): { page: string }[] {
  return Array.from({ length: pageCount(total) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

/**
 * A static export must generate at least one page per route. When a list has no second page, page
 * "1" stands in: it is not a valid page number, so it renders the 404 page and no link leads there.
 */
export function withExportPlaceholder<P extends object>(params: (P & { page: string })[], placeholder: P): (P & { page: string })[] {
  return params.length === 0 && process.env.STATIC_EXPORT === "1" ? [{ ...placeholder, page: "1" }] : params;
}
