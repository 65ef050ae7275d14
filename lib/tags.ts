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
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.label.localeCompare(b.tag.label, "nl"));
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
 * Finds labels that differ only in case, accents or punctuation from a label seen earlier, so the
 * site never shows two spellings of one tag. `sources` are in reading order: the first spelling wins.
 */
export function findTagClashes(sources: readonly { source: string; labels: readonly string[] }[]): TagClash[] {
  const seen = new Map<string, { label: string; source: string }>();
  const clashes: TagClash[] = [];
  for (const { source, labels } of sources) {
    for (const label of labels) {
      const slug = tagSlug(label);
      const first = seen.get(slug);
      if (!first) seen.set(slug, { label, source });
      else if (first.label !== label) clashes.push({ slug, first, other: { label, source } });
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

/** The query string for a selection: `?tag=a&tag=b`, or "" for none. */
export function queryForTags(selected: readonly string[]): string {
  if (selected.length === 0) return "";
  const params = new URLSearchParams();
  for (const slug of selected) params.append("tag", slug);
  return `?${params.toString()}`;
}
