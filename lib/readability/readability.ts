import { countWords, readingMinutes } from "../content/reading-time";

/** A sentence longer than this many words gets a hint ([zin-te-lang]). */
export const SENTENCE_LIMIT = 30;
/** A paragraph longer than this many words gets a hint ([alinea-te-lang]). */
export const PARAGRAPH_LIMIT = 120;

/** A sentence of a paragraph and where it starts in the paragraph's text. */
export interface Sentence {
  text: string;
  index: number;
  words: number;
}

/**
 * The sentences of a paragraph: a sentence ends at . ! ? or … followed by a space and a capital,
 * a digit or a quote, or at the end. Abbreviations with a dot inside (o.a., bijv. followed by a
 * small letter) do not end one.
 */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  const boundary = /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}]|\s*$)/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    push(text.slice(start, end), start);
    start = end;
  }
  push(text.slice(start), start);
  return found;

  function push(raw: string, at: number) {
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence && /[\p{L}\p{N}]/u.test(sentence)) found.push({ text: sentence, index: at + lead, words: countWords(sentence) });
  }
}

/** Syllables of a Dutch word, counted as vowel groups (ij, ie, oe, aa… as one; ë and ï start a new one). */
export function syllables(word: string): number {
  const groups = word.toLowerCase().match(/[ëï]?[aeiouyáéíóúàèìòùâêîôûäöü]+|[ëï]/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Readability of a whole article, for the preview's summary. */
export interface Readability {
  /** Flesch–Douma: 206.835 − 0.93 × words per sentence − 77 × syllables per word; higher is easier. */
  fleschDouma: number;
  words: number;
  sentences: number;
  readingMinutes: number;
}

/** Flesch–Douma (Douma's Dutch version of Flesch's reading ease) and reading time for an article's paragraphs. */
export function readability(paragraphs: readonly string[]): Readability {
  const all = paragraphs.flatMap(sentences);
  const words = all.flatMap((s) => s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)));
  const syllableCount = words.reduce((sum, w) => sum + syllables(w.replace(/[^\p{L}]/gu, "")), 0);
  const wordCount = words.length;
  const score = wordCount === 0 ? 0 : 206.835 - 0.93 * (wordCount / all.length) - 77 * (syllableCount / wordCount);
  return { fleschDouma: Math.round(score), words: wordCount, sentences: all.length, readingMinutes: readingMinutes(paragraphs.join(" ")) };
}

/** How Flesch–Douma is read, in the words of the usual Dutch scale. */
export function fleschLabel(score: number): string {
  if (score >= 80) return "heel makkelijk";
  if (score >= 60) return "makkelijk";
  if (score >= 50) return "redelijk makkelijk";
  if (score >= 30) return "moeilijk";
  return "heel moeilijk";
}
