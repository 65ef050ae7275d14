/** A word of running text and where it starts in that text. */
export interface Token {
  word: string;
  index: number;
}

/*
 * Spans that are not words to spell-check, blanked out (same length, so indices stay right)
 * before words are picked: web and e-mail addresses, file names and anything with a digit
 * ("H2O", "3e", "2025-02-10"), paths and identifiers with a slash, underscore or dot inside.
 */
const notWords = [
  /\b(?:https?:\/\/|www\.)\S+/giu,
  /\S+@\S+\.\S+/gu,
  /[\p{L}\p{N}_-]*[\p{N}_][\p{L}\p{N}_-]*/gu,
  /\S*[\p{L}\p{N}][/\\.][\p{L}\p{N}]\S*/gu,
];
const blank = (s: string) => " ".repeat(s.length);

/** A word: letters, with apostrophes (risico's) and hyphens (IT-consultant) inside but not at its ends. */
const wordPattern = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** The words of a text with their positions; addresses, numbers and file names are left out. */
export function tokenize(text: string): Token[] {
  let masked = text;
  for (const pattern of notWords) masked = masked.replace(pattern, blank);
  return [...masked.matchAll(wordPattern)].map((m) => ({ word: m[0], index: m.index }));
}
