import type { Dictionary } from "./dictionary";

/** Checks words against a dictionary plus extra words; answers and suggestions are cached per word. */
export interface Speller {
  /** True for a correctly spelt word: in the dictionary or the extra words, or a compound of them. */
  isKnown(word: string): boolean;
  /** Up to three corrections for an unknown word, computed on first request only. */
  suggest(word: string): string[];
}

/** The shortest part of a compound: with three-letter parts typos pass as compounds (toevel = toe + vel, gebruikres = gebruik + res). */
const MIN_PART = 4;
/**
 * Three-letter words that often end a Dutch compound (loopbaanpad, programmeervak, werkdag): allowed
 * as the last part only. Any three-letter word would let typos through (gebruikres = gebruik + res).
 */
const SHORT_TAILS = new Set(["bak", "bon", "dag", "kop", "lid", "man", "pad", "pak", "rol", "tas", "vak", "weg", "wet", "zin"]);
/** Linking sounds between the parts of a Dutch compound: beroeps-s-keuze, pannen-koek, ziekte-verzuim. */
const LINKS = ["", "s", "e", "en"] as const;

const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);
const isAllCaps = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
/** Stress accents on a plain word ("níet", "dát") are Dutch emphasis, not a spelling. */
const withoutStress = (w: string) => w.normalize("NFD").replace(/\u0301/g, "").normalize("NFC");

/** A suggestion worth showing: no dangling hyphen, no capitals inside (the trie's "Script-ING", "Pc-park"). */
const plausible = (s: string) => !/^-|-$/.test(s) && s.slice(1) === s.slice(1).toLowerCase();

/**
 * A speller for Dutch prose. A word is accepted when it, or its lower-case form after a capital
 * (sentence start, title case), is in the dictionary or in `extra`; when it is a compound of known
 * words, with or without a linking -s-, -e- or -en- and with hyphens; or when it only differs by a
 * stress accent. Abbreviations in capitals (IT, HR, CBS) are accepted as they cannot be checked.
 */
export function createSpeller(dictionary: Dictionary, extra: Iterable<string> = []): Speller {
  const extraWords = new Set(extra);
  const extraLower = new Set([...extraWords].map((w) => w.toLowerCase()));
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();

  // An extra word takes a plural -s as Dutch loanwords do: developer → developers.
  const inLists = (w: string) => dictionary.has(w) || extraWords.has(w) || (w.endsWith("s") && extraWords.has(w.slice(0, -1)));
  const asWritten = (w: string) => inLists(w) || (w !== lowerFirst(w) && w.slice(1) === w.slice(1).toLowerCase() && inLists(lowerFirst(w)));
  const isPart = (p: string) => p.length >= MIN_PART && (dictionary.has(p) || extraLower.has(p) || (p.endsWith("s") && extraLower.has(p.slice(0, -1))));

  /** Whether a lower-case word splits into known parts of MIN_PART letters or more, with linking sounds. */
  function isCompound(w: string): boolean {
    if (w.length < MIN_PART + 3) return false;
    // reachable[i]: w.slice(0, i) is a sequence of known parts.
    const reachable = new Array<boolean>(w.length + 1).fill(false);
    reachable[0] = true;
    for (let end = MIN_PART; end <= w.length; end++) {
      for (let start = 0; start <= end - 3 && !reachable[end]; start++) {
        const part = w.slice(start, end);
        if (!isPart(part) && !(start > 0 && end === w.length && SHORT_TAILS.has(part))) continue;
        if (start === 0) reachable[end] = end < w.length;
        else reachable[end] = LINKS.some((l) => start - l.length > 0 && reachable[start - l.length] && w.slice(start - l.length, start) === l);
        if (start > 0 && end === w.length && reachable[end]) return true;
      }
    }
    return false;
  }

  function check(word: string): boolean {
    if (word.length <= 1 || isAllCaps(word) || asWritten(word)) return true;
    const plain = withoutStress(word);
    if (plain !== word) return check(plain);
    if (word.includes("-")) return word.split("-").every((part) => part.length > 0 && check(part));
    const lower = word.toLowerCase();
    // A compound after a capital only: "Cloudmigraties" at a sentence start, not "cloudMigraties".
    return (word === lower || lowerFirst(word) === lower) && isCompound(lower);
  }

  return {
    isKnown(word) {
      let answer = known.get(word);
      if (answer === undefined) known.set(word, (answer = check(word)));
      return answer;
    },
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        const capital = word !== lowerFirst(word);
        const raw = dictionary.suggest(capital ? lowerFirst(word) : word, 3);
        found = raw
          .filter(plausible)
          .map((s) => (capital ? s.charAt(0).toUpperCase() + s.slice(1) : s))
          .filter((s, i, all) => all.indexOf(s) === i)
          .slice(0, 3);
        suggestions.set(word, found);
      }
      return found;
    },
  };
}
