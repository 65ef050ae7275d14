// Entry point bundled for the browser benchmark: the same search code the site ships.
import { search, clearSearchCache } from "../../lib/search/query";
import type { SearchMeta } from "../../lib/search/build";
import { searchFilePath } from "../../lib/routes";

declare global {
  interface Window {
    bench: { run: (query: string) => Promise<{ ms: number; hits: number }>; reset: () => void };
  }
}

let meta: Promise<SearchMeta> | undefined;
const shards = new Map<string, Promise<string>>();

window.bench = {
  reset() {
    meta = undefined;
    shards.clear();
    clearSearchCache();
  },
  async run(query) {
    const started = performance.now();
    meta ??= fetch(searchFilePath("index", "meta.json")).then((r) => r.json());
    const load = (shard: string) => {
      if (!shards.has(shard)) shards.set(shard, fetch(searchFilePath("index", `${shard}.json`)).then((r) => r.text()));
      return shards.get(shard)!;
    };
    const hits = await search(query, await meta, load);
    return { ms: performance.now() - started, hits: hits.length };
  },
};
