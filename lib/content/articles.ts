import type { Heading } from "../mdx/headings";
import type { ArticleFrontmatter, AuthorFrontmatter } from "./schema";
import type { Tag } from "../tags";
import { dutchOrder } from "../collation";

/** An author as the site shows them: the frontmatter's fields plus what the loader derives. */
export type Author = Omit<AuthorFrontmatter, "links"> & {
  slug: string;
  links: NonNullable<AuthorFrontmatter["links"]>;
  /** The bio as paragraphs of plain text. */
  bio: string[];
};

/** What a byline shows of an author. */
export type AuthorSummary = Pick<Author, "slug" | "name" | "role" | "avatar">;

/** What a card shows of an article: small enough to send to the browser for the tag filter. */
export type ArticleSummary = Pick<ArticleFrontmatter, "title" | "date" | "updated" | "excerpt"> & {
  slug: string;
  draft: boolean;
  tags: Tag[];
  authors: AuthorSummary[];
  readingMinutes: number;
};

/** A validated article, ready to render. */
export type Article = Omit<ArticleSummary, "authors"> & {
  authors: Author[];
  /** Path relative to the repository root, for messages. */
  file: string;
  body: string;
  /** The h2/h3 sections with their anchor ids, for the table of contents. */
  headings: Heading[];
  /** The body as plain text, for search. */
  text: string;
};

/** Compares for newest first; equal dates by title, so the order is stable between builds. */
export function compareNewestFirst(a: { date: string; title: string }, b: { date: string; title: string }): number {
  // ISO dates sort as plain strings; a shared collator is far cheaper than localeCompare per call.
  return a.date < b.date ? 1 : a.date > b.date ? -1 : dutchOrder.compare(a.title, b.title);
}

/** Newest first; equal dates by title, so the order is stable between builds. */
export function sortNewestFirst<T extends { date: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}

/** Whether an article is public on the given day: not a draft and not dated in the future. */
export function isPublished(article: Pick<Article, "draft" | "date">, today: string): boolean {
  return !article.draft && article.date <= today;
}

/**
 * The articles a build shows: in production only published ones; under `npm run dev` drafts and
 * scheduled articles too, so editors can preview them (they carry a "Concept" label).
 */
export function visibleArticles<T extends Pick<Article, "draft" | "date">>(articles: readonly T[], { preview, today }: { preview: boolean; today: string }): T[] {
  return preview ? [...articles] : articles.filter((a) => isPublished(a, today));
}

/** Each article's tag slugs as a plain array, kept per article: scanning these is much faster. */
const tagSlugsOf = new WeakMap<Article, string[]>();
function tagSlugs(article: Article): string[] {
  let slugs = tagSlugsOf.get(article);
  if (!slugs) tagSlugsOf.set(article, (slugs = article.tags.map((t) => t.slug)));
  return slugs;
}

/**
 * Up to `limit` other articles sharing the most tags with this one, newest first among equals.
 * One pass that keeps only the best few, so an article page costs little at any archive size.
 */
export function relatedArticles(article: Article, all: readonly Article[], limit = 3): Article[] {
  if (limit <= 0) return [];
  const mine = new Set(article.tags.map((t) => t.slug));
  const best: { other: Article; shared: number }[] = [];
  const ahead = (a: { other: Article; shared: number }, b: { other: Article; shared: number }) =>
    a.shared !== b.shared ? a.shared > b.shared : compareNewestFirst(a.other, b.other) < 0;
  for (const other of all) {
    let shared = 0;
    for (const slug of tagSlugs(other)) if (mine.has(slug)) shared += 1;
    if (shared === 0 || (best.length === limit && shared < best[limit - 1]!.shared)) continue;
    if (other.slug === article.slug) continue;
    const candidate = { other, shared };
    if (best.length === limit && !ahead(candidate, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && ahead(candidate, best[at - 1]!)) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

/** The articles (co-)written by an author, newest first. */
export function articlesBy<T extends Pick<Article, "authors" | "date" | "title">>(authorSlug: string, articles: readonly T[]): T[] {
  return sortNewestFirst(articles.filter((a) => a.authors.some((author) => author.slug === authorSlug)));
}

/** Finds an author by slug or by name, ignoring case and surrounding spaces. */
export function findAuthor(reference: string, authors: readonly Author[]): Author | undefined {
  const wanted = reference.trim().toLowerCase();
  return authors.find((a) => a.slug === wanted || a.name.toLowerCase() === wanted);
}

/** The articles just before (older) and after (newer) the one at position `at` of a newest-first list. */
export function neighbours<T>(at: number, newestFirst: readonly T[]): { previous?: T; next?: T } {
  if (at < 0 || at >= newestFirst.length) return {};
  return { previous: newestFirst[at + 1], next: at > 0 ? newestFirst[at - 1] : undefined };
}
