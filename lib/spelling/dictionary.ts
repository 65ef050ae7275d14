import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";
import { decodeTrie, type ITrie } from "cspell-trie-lib";

/*
 * The Dutch dictionary of cspell (@cspell/dict-nl-nl, built from OpenTaal's hunspell list), read
 * straight from its trie: no cspell CLI, no configuration search. Loaded once per process (about
 * a second), and only by the content check: the page build never imports this module.
 */

let trie: ITrie | undefined;

/** The Dutch word trie, decoded on first use. */
export function dutchTrie(): ITrie {
  if (!trie) {
    const require = createRequire(import.meta.url);
    const folder = path.dirname(require.resolve("@cspell/dict-nl-nl/cspell-ext.json"));
    trie = decodeTrie(zlib.gunzipSync(fs.readFileSync(path.join(folder, "Dutch.trie.gz"))).toString("utf8"));
  }
  return trie;
}

/** What the speller needs from a dictionary: an exact lookup and up to `n` suggestions. */
export interface Dictionary {
  has(word: string): boolean;
  suggest(word: string, n: number): string[];
}

/** The Dutch dictionary behind the `Dictionary` interface. */
export function dutchDictionary(): Dictionary {
  const t = dutchTrie();
  return {
    has: (word) => t.hasWord(word, true),
    suggest: (word, n) => t.suggest(word, { numSuggestions: n, changeLimit: 3, ignoreCase: false, timeout: 500 }),
  };
}
