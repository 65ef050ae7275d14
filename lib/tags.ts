import { dutchOrder } from "./collation";

/** A tag as shown (label) and as used in URLs (slug). */
export interface Tag {
  label: string;
  slug: string;
}

/**
 * Turns a tag label into its URL slug: accents folded, lowercase, `&`, spaces and punctuation
 * become single hyphens. "Cloud & Security" → "cloud-security", "Carrière" → "carriere".
 */
export function tagSlug(label: string): string {
  return label
    .replace(/#/g, " sharp ")
    .replace(/\+/g, " plus ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Builds a Tag from a frontmatter label. */
export function toTag(label: string): Tag {
  return { label: label.trim(), slug: tagSlug(label) };
}

/** Something that carries tags, such as an article or a filter index entry. */
export interface Tagged {
  tags: readonly Tag[];
}

/** Every tag with the number of items carrying it: most used first, then alphabetically. */
export function countTags(items: readonly Tagged[]): { tag: Tag; count: number }[] {
  const counts = new Map<string, { tag: Tag; count: number }>();
  for (const item of items) {
    for (const tag of item.tags) {
      const entry = counts.get(tag.slug);
      if (entry) entry.count += 1;
      else counts.set(tag.slug, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || dutchOrder.compare(a.tag.label, b.tag.label));
}

/** The items that carry all of the given tag slugs (every item when none are given). */
export function filterByTags<T extends Tagged>(items: readonly T[], slugs: readonly string[]): T[] {
  if (slugs.length === 0) return [...items];
  return items.filter((item) => slugs.every((slug) => item.tags.some((t) => t.slug === slug)));
}

/** A second spelling of a tag that another file already spells differently. */
export interface TagClash {
  slug: string;
  first: { label: string; source: string };
  other: { label: string; source: string };
}

/**
 * Finds labels that differ only in case, accents or punctuation from another label, so the site
 * never shows two spellings of one tag. The spelling most files use is the right one (on a tie, the
 * first in reading order); every file with another spelling is reported.
 */
export function findTagClashes(sources: readonly { source: string; labels: readonly string[] }[]): TagClash[] {
  const spellings = new Map<string, Map<string, string[]>>();
  for (const { source, labels } of sources) {
    for (const label of new Set(labels)) {
      const bySpelling = spellings.get(tagSlug(label)) ?? new Map<string, string[]>();
      bySpelling.set(label, [...(bySpelling.get(label) ?? []), source]);
      spellings.set(tagSlug(label), bySpelling);
    }
  }
  const clashes: TagClash[] = [];
  for (const [slug, bySpelling] of spellings) {
    if (bySpelling.size < 2) continue;
    const [winner, winnerSources] = [...bySpelling].reduce((best, next) => (next[1].length > best[1].length ? next : best));
    for (const [label, files] of bySpelling) {
      if (label === winner) continue;
      for (const source of files) clashes.push({ slug, first: { label: winner, source: winnerSources[0]! }, other: { label, source } });
    }
  }
  return clashes;
}

/**
 * For each tag, how many items would stay in view if it were added to the selection (for a
 * selected tag: how many are in view now). A tag with 0 would empty the list.
 */
export function facetCounts(items: readonly Tagged[], selected: readonly string[]): Map<string, number> {
  const inView = filterByTags(items, selected);
  const counts = new Map<string, number>();
  for (const item of inView) {
    for (const tag of item.tags) counts.set(tag.slug, (counts.get(tag.slug) ?? 0) + 1);
  }
  return counts;
}

/** The known tag slugs from a URL's `tag` parameters, deduplicated, in the order given; unknown ones are ignored. */
export function selectedTagsFromQuery(search: string, known: ReadonlySet<string>): string[] {
  const wanted = new URLSearchParams(search).getAll("tag").map((value) => tagSlug(value));
  return [...new Set(wanted)].filter((slug) => known.has(slug));
}

/** The query string for a selection, after any other parameters: `?q=x&tag=a&tag=b`, or "" for none. */
export function queryForTags(selected: readonly string[], other: Record<string, string> = {}): string {
  const params = new URLSearchParams(other);
  for (const slug of selected) params.append("tag", slug);
  const query = params.toString();
  return query ? `?${query}` : "";
}
