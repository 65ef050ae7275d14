import MiniSearch from "minisearch";
import { miniSearchOptions, SEARCH_BOOST, type SearchMeta } from "./build";
import { queryTerms } from "./highlight";
import { shardOf } from "./text";

/** Loads (and caches) one shard's serialised index. */
export type ShardLoader = (shard: string) => Promise<string>;

export interface Hit {
  id: number;
  score: number;
}

/** Allows one typo in words of five letters or more. */
const fuzzy = (term: string) => (term.length >= 5 ? 1 : 0);

const cache = new Map<string, MiniSearch>();

/**
 * Finds the articles that match every word of the query (prefixes match while typing, one typo is
 * forgiven in longer words), ranked by relevance with title and tags weighing most. Optionally only
 * articles carrying all of `tagSlugs`.
 */
export async function search(query: string, meta: SearchMeta, loadShard: ShardLoader, tagSlugs: readonly string[] = []): Promise<Hit[]> {
  const wanted = queryTerms(query);
  if (wanted.length === 0) return [];
  let scores: Map<number, number> | null = null;
  for (const term of wanted) {
    const shard = shardOf(term);
    if (!meta.shards.includes(shard)) return [];
    let index = cache.get(shard);
    if (!index) {
      index = MiniSearch.loadJSON(await loadShard(shard), miniSearchOptions);
      cache.set(shard, index);
    }
    const found = new Map<number, number>();
    for (const r of index.search(term, { prefix: true, fuzzy: fuzzy(term), boost: SEARCH_BOOST })) found.set(Number(r.id), r.score);
    const previous: Map<number, number> | null = scores;
    scores = new Map();
    for (const [id, score] of found) {
      if (previous === null) scores.set(id, score);
      else if (previous.has(id)) scores.set(id, previous.get(id)! + score);
    }
    if (scores.size === 0) return [];
  }
  const tagIds = tagSlugs.map((slug) => meta.tags.findIndex(([s]) => s === slug));
  if (tagIds.includes(-1)) return [];
  return [...(scores ?? new Map<number, number>())]
    .filter(([id]) => tagIds.every((t) => meta.docTags[id]?.includes(t)))
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

/** Forgets loaded shards (for benchmarks that measure a cold start). */
export function clearSearchCache(): void {
  cache.clear();
}
