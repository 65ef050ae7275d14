import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readWordList } from "../content/files";
import { editDistance } from "../suggest";
import { dutchDictionary, dutchTrie } from "./dictionary";
import { itTerms } from "./it-terms";
import { createSpeller } from "./speller";

/*
 * Every word in content/woordenlijst.txt and lib/spelling/it-terms.ts must be a real word the
 * dictionary lacks: not redundant (the speller knows it already) and not a typo. A typo is mostly
 * one letter away from a dictionary word, so such an entry must say on its own line why it is not one.
 */

const root = path.resolve(import.meta.dirname, "../../content");
const lines = fs.readFileSync(path.join(root, "woordenlijst.txt"), "utf8").split("\n");
const entries = readWordList(root);
const bare = createSpeller(dutchDictionary());

/** Dictionary words one edit away from `word` (the trie's suggestions, confirmed by edit distance). */
const neighbours = (word: string) => dutchTrie().suggest(word, { numSuggestions: 5, changeLimit: 1, ignoreCase: true }).filter((s) => editDistance(s, word) === 1);

describe("content/woordenlijst.txt", () => {
  it("has entries", () => expect(entries.length).toBeGreaterThan(5));

  it.each(entries)("%s is not known without the list already", (entry) => {
    expect(bare.isKnown(entry)).toBe(false);
  });

  it.each(entries)("%s is one word, or says why it is not a typo of a dictionary word next to it", (entry) => {
    expect(entry).toMatch(/^[\p{L}][\p{L}'-]*$/u);
    const line = lines.find((l) => l.replace(/#.*/, "").trim() === entry)!;
    const near = neighbours(entry);
    if (near.length > 0) expect(line, `${entry} is one letter from ${near.join(", ")}`).toMatch(/#\s*\S/);
  });

  it("sorts entries under a heading comment, so an editor sees what kind of word each is", () => {
    const firstEntry = lines.findIndex((l) => l.replace(/#.*/, "").trim());
    expect(lines.slice(0, firstEntry).some((l) => l.startsWith("# "))).toBe(true);
  });
});

describe("lib/spelling/it-terms.ts", () => {
  it.each(itTerms)("%s is missing from the Dutch dictionary", (term) => {
    expect(bare.isKnown(term)).toBe(false);
    expect(term).toBe(term.toLowerCase());
  });
});
