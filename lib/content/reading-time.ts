const WORDS_PER_MINUTE = 200;

/** Minutes a reader needs for a text at a calm 200 words a minute; never less than one. */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
