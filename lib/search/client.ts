import type { SearchDoc, SearchMeta } from "./build";
import type { Hit } from "./query";
import { searchFilePath } from "../routes";

const shards = new Map<string, Promise<string>>();
const docs = new Map<number, Promise<SearchDoc>>();

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Keeps a download's promise for reuse, but forgets it when it fails, so a later search tries again. */
function remember<K, T>(cache: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load().catch((error: unknown) => {
    cache.delete(key);
    throw error;
  }));
  return cache.get(key)!;
}
const metaCache = new Map<"meta", Promise<SearchMeta>>();
const loadMeta = () => remember(metaCache, "meta", () => json<SearchMeta>(searchFilePath("index", "meta.json")));

/** Starts loading what every search needs (the meta file and the search code) before the first keystroke lands. */
export function warmUp(): void {
  // A failure here is reported by the search that needs the file, not twice.
  loadMeta().catch(() => {});
  import("./query").catch(() => {});
}

/** Runs a search in the browser, loading the search code, meta file and needed shards on first use. */
export async function searchInBrowser(query: string, tags: readonly string[]): Promise<Hit[]> {
  const [{ search }, m] = await Promise.all([import("./query"), loadMeta()]);
  const loadShard = (shard: string) =>
    remember(shards, shard, () => fetch(searchFilePath("index", `${shard}.json`)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${shard}: ${r.status}`)))));
  return search(query, m, loadShard, tags);
}

/** The display data of a result, fetched once per article. */
export function loadDoc(id: number): Promise<SearchDoc> {
  return remember(docs, id, () => json<SearchDoc>(searchFilePath("doc", `${id}.json`)));
}
