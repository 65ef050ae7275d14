import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";
import { decodeTrie, encodeITrieToBTrie, type ITrie } from "cspell-trie-lib";

/*
 * The Dutch dictionary of cspell (@cspell/dict-nl-nl, built from OpenTaal's hunspell list), read
 * straight from its trie: no cspell CLI, no configuration search. Only the content check loads it:
 * the page build never imports this module. Decoding the published text trie takes one to two
 * seconds, so the first run keeps a binary copy in .cache/spelling/ (CI caches .cache/), which
 * later runs decode in some 40 ms; its name holds a digest of the dictionary and the library version.
 */

const require = createRequire(import.meta.url);
let trie: ITrie | undefined;

/** The binary copy's path, named for the dictionary's digest and the version of the library that wrote it. */
function binaryCopy(gz: Buffer, dictionaryFolder: string): string {
  // The library exports no package.json; both packages are dev dependencies side by side in node_modules.
  const library = path.join(dictionaryFolder, "..", "..", "cspell-trie-lib", "package.json");
  const version = fs.existsSync(library) ? (JSON.parse(fs.readFileSync(library, "utf8")) as { version: string }).version : "onbekend";
  const digest = crypto.createHash("sha256").update(gz).digest("hex").slice(0, 16);
  return path.join(process.cwd(), ".cache", "spelling", `nl-nl-${digest}-trie-lib-${version}.btrie`);
}

/** The Dutch word trie, decoded once per process (from the binary copy when there is one). */
export function dutchTrie(): ITrie {
  if (trie) return trie;
  const folder = path.dirname(require.resolve("@cspell/dict-nl-nl/cspell-ext.json"));
  const gz = fs.readFileSync(path.join(folder, "Dutch.trie.gz"));
  const cached = binaryCopy(gz, folder);
  if (fs.existsSync(cached)) {
    try {
      const fromCache = decodeTrie(new Uint8Array(fs.readFileSync(cached)));
      if (fromCache.hasWord("werkgever", true)) return (trie = fromCache);
    } catch {
      // A damaged copy: decode the original below and write it again.
    }
  }
  trie = decodeTrie(zlib.gunzipSync(gz).toString("utf8"));
  try {
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(`${cached}.tmp`, encodeITrieToBTrie(trie));
    fs.renameSync(`${cached}.tmp`, cached);
  } catch {
    // A read-only checkout: decode the text trie every time.
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
