const WORDS_PER_MINUTE = 200;

/** The words of a text: runs with a letter or digit, tags such as <PullQuote …> left out. */
export function countWords(text: string): number {
  return text
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes a reader needs for a text at a calm 200 words a minute; never less than one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}
