import type { ArticleSummary, AuthorSummary } from "./content/articles";
import type { Tag } from "./tags";

/**
 * The compact index the tag filter loads on first use: tags and authors once, articles as rows that
 * point into them. About 200 bytes an article before gzip, so thousands of articles stay small.
 */
export interface FilterIndex {
  v: 1;
  tags: [slug: string, label: string][];
  authors: [slug: string, name: string, role: string, avatar: string | null][];
  articles: [slug: string, title: string, date: string, excerpt: string, minutes: number, authors: number[], tags: number[]][];
}

/** Encodes article summaries (newest first) into the compact index. */
export function encodeFilterIndex(articles: readonly ArticleSummary[]): FilterIndex {
  const tagIndex = new Map<string, number>();
  const authorIndex = new Map<string, number>();
  const index: FilterIndex = { v: 1, tags: [], authors: [], articles: [] };
  const tagId = (tag: Tag) => {
    if (!tagIndex.has(tag.slug)) tagIndex.set(tag.slug, index.tags.push([tag.slug, tag.label]) - 1);
    return tagIndex.get(tag.slug)!;
  };
  const authorId = (a: AuthorSummary) => {
    if (!authorIndex.has(a.slug)) authorIndex.set(a.slug, index.authors.push([a.slug, a.name, a.role, a.avatar ?? null]) - 1);
    return authorIndex.get(a.slug)!;
  };
  for (const a of articles) {
    index.articles.push([a.slug, a.title, a.date, a.excerpt, a.readingMinutes, a.authors.map(authorId), a.tags.map(tagId)]);
  }
  return index;
}

/** Decodes the compact index back into the summaries the article cards render. */
export function decodeFilterIndex(index: FilterIndex): ArticleSummary[] {
  const tags = index.tags.map(([slug, label]) => ({ slug, label }));
  const authors = index.authors.map(([slug, name, role, avatar]) => ({ slug, name, role, ...(avatar ? { avatar } : {}) }));
  return index.articles.map(([slug, title, date, excerpt, readingMinutes, authorIds, tagIds]) => ({
    slug, title, date, excerpt, readingMinutes, draft: false,
    authors: authorIds.map((i) => authors[i]!),
    tags: tagIds.map((i) => tags[i]!),
  }));
}
