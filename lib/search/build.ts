import MiniSearch from "minisearch";
import type { ArticleSummary } from "../content/articles";
import { shardOf, terms } from "./text";

/** What the search indexes of an article; `text` is the plain body text. */
export interface SearchSource extends ArticleSummary {
  headings: { text: string }[];
  text: string;
}

/** The fields searched, and how much a match in each counts: title and tags above body text. */
export const SEARCH_FIELDS = ["title", "tags", "author", "headings", "excerpt", "body"] as const;
export const SEARCH_BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = { title: 4, tags: 3, author: 2, headings: 1.6, excerpt: 1.3, body: 1 };

/** One search result's display data, served as its own small file. */
export interface SearchDoc {
  slug: string;
  title: string;
  date: string;
  authors: string[];
  tags: [slug: string, label: string][];
  excerpt: string;
  /** The start of the body text, for the snippet. */
  text: string;
}

/** Shared data loaded first: which shards exist, and each document's tags for the tag filter. */
export interface SearchMeta {
  v: 1;
  count: number;
  shards: string[];
  tags: [slug: string, label: string][];
  docTags: number[][];
}

const SNIPPET_SOURCE = 2400;

/** MiniSearch options shared by build and query: terms arrive already normalised, space-separated. */
export const miniSearchOptions = {
  fields: [...SEARCH_FIELDS],
  idField: "id",
  tokenize: (text: string) => text.split(" ").filter(Boolean),
  processTerm: (term: string) => term,
};

/**
 * Builds the search data from the published articles: a meta file, one MiniSearch index per first
 * letter of the terms (a query loads only the letters it needs), and one small file per article.
 */
export function buildSearchData(articles: readonly SearchSource[]) {
  const fieldTerms = articles.map((a) => ({
    title: terms(a.title),
    tags: a.tags.flatMap((t) => terms(t.label)),
    author: a.authors.flatMap((x) => terms(x.name)),
    headings: a.headings.flatMap((h) => terms(h.text)),
    excerpt: terms(a.excerpt),
    body: terms(a.text),
  }));
  const letters = new Set<string>();
  for (const doc of fieldTerms) for (const field of SEARCH_FIELDS) for (const term of doc[field]) letters.add(shardOf(term));
  const shards = new Map<string, string>();
  for (const letter of [...letters].sort()) {
    const index = new MiniSearch<Record<string, string>>(miniSearchOptions);
    fieldTerms.forEach((doc, id) => {
      const record: Record<string, string> = { id: String(id) };
      let any = false;
      for (const field of SEARCH_FIELDS) {
        const kept = doc[field].filter((term) => shardOf(term) === letter);
        if (kept.length) any = true;
        record[field] = kept.join(" ");
      }
      if (any) index.add(record);
    });
    shards.set(letter, JSON.stringify(index));
  }
  const tagIds = new Map<string, number>();
  const tags: [string, string][] = [];
  const docTags = articles.map((a) =>
    a.tags.map((t) => {
      if (!tagIds.has(t.slug)) tagIds.set(t.slug, tags.push([t.slug, t.label]) - 1);
      return tagIds.get(t.slug)!;
    }),
  );
  const meta: SearchMeta = { v: 1, count: articles.length, shards: [...shards.keys()], tags, docTags };
  const docs: SearchDoc[] = articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    date: a.date,
    authors: a.authors.map((x) => x.name),
    tags: a.tags.map((t) => [t.slug, t.label]),
    excerpt: a.excerpt,
    text: a.text.slice(0, SNIPPET_SOURCE),
  }));
  return { meta, shards, docs };
}
