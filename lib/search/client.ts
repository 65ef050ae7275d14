import type { SearchDoc, SearchMeta } from "./build";
import type { Hit } from "./query";

const BASE = "/zoeken";
let meta: Promise<SearchMeta> | undefined;
const shards = new Map<string, Promise<string>>();
const docs = new Map<number, Promise<SearchDoc>>();

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Starts loading what every search needs (the meta file and the search code) before the first keystroke lands. */
export function warmUp(): void {
  meta ??= json<SearchMeta>(`${BASE}/index/meta.json`);
  void import("./query");
}

/** Runs a search in the browser, loading the search code, meta file and needed shards on first use. */
export async function searchInBrowser(query: string, tags: readonly string[]): Promise<Hit[]> {
  warmUp();
  const [{ search }, m] = await Promise.all([import("./query"), meta!]);
  const loadShard = (shard: string) => {
    if (!shards.has(shard)) shards.set(shard, fetch(`${BASE}/index/${shard}.json`).then((r) => r.text()));
    return shards.get(shard)!;
  };
  return search(query, m, loadShard, tags);
}

/** The display data of a result, fetched once per article. */
export function loadDoc(id: number): Promise<SearchDoc> {
  if (!docs.has(id)) docs.set(id, json<SearchDoc>(`${BASE}/doc/${id}.json`));
  return docs.get(id)!;
}
