import type { Heading } from "./headings";
import type { Tag } from "./tags";

/** What a byline shows of an author. */
export interface AuthorSummary {
  slug: string;
  name: string;
  role: string;
  avatar?: string;
}

/** An author as the site shows them. */
export interface Author extends AuthorSummary {
  links: { linkedin?: string; website?: string; email?: string };
  /** The bio as paragraphs of plain text. */
  bio: string[];
}

/** What a card shows of an article: small enough to send to the browser for the tag filter. */
export interface ArticleSummary {
  slug: string;
  title: string;
  date: string;
  updated?: string;
  draft: boolean;
  excerpt: string;
  tags: Tag[];
  authors: AuthorSummary[];
  readingMinutes: number;
}

/** A validated article, ready to render. */
export interface Article extends ArticleSummary {
  authors: Author[];
  /** Path relative to the repository root, for messages. */
  file: string;
  body: string;
  /** The h2/h3 sections with their anchor ids, for the table of contents. */
  headings: Heading[];
  /** The body as plain text, for search. */
  text: string;
}

/** Newest first; equal dates by title, so the order is stable between builds. */
export function sortNewestFirst<T extends { date: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "nl"));
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

/** Up to `limit` other articles sharing the most tags with this one, newest first among equals. */
export function relatedArticles(article: Article, all: readonly Article[], limit = 3): Article[] {
  const mine = new Set(article.tags.map((t) => t.slug));
  return sortNewestFirst(all)
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((t) => mine.has(t.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared) // stable: keeps newest-first among equal scores
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The articles (co-)written by an author, newest first. */
export function articlesBy(authorSlug: string, articles: readonly Article[]): Article[] {
  return sortNewestFirst(articles.filter((a) => a.authors.some((author) => author.slug === authorSlug)));
}

/** Finds an author by slug or by name, ignoring case and surrounding spaces. */
export function findAuthor(reference: string, authors: readonly Author[]): Author | undefined {
  const wanted = reference.trim().toLowerCase();
  return authors.find((a) => a.slug === wanted || a.name.toLowerCase() === wanted);
}

/** The articles just before (older) and after (newer) this one by date, in a newest-first list. */
export function neighbours<T extends { slug: string }>(article: T, newestFirst: readonly T[]): { previous?: T; next?: T } {
  const i = newestFirst.findIndex((a) => a.slug === article.slug);
  if (i === -1) return {};
  return { previous: newestFirst[i + 1], next: i > 0 ? newestFirst[i - 1] : undefined };
}
