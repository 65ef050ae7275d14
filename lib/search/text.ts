import { stemmer } from "@orama/stemmers/dutch";

/** Removes accents: "carrière" → "carriere", "één" → "een". */
export function foldAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** Words of a text with their positions, for indexing and for highlighting. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The searchable form of a word: lowercase, accents folded, reduced to its Dutch stem
 * ("Certificeringen" → "certificer"), hyphens dropped ("IT-consultant" → "itconsultant" is
 * avoided by splitting on hyphens first).
 */
export function normalizeTerm(word: string): string {
  const folded = foldAccents(word.toLowerCase()).replace(/['’]/g, "");
  return folded.length > 3 ? stemmer(folded) : folded;
}

/** All searchable terms of a text: words split on hyphens too, so "IT-consultant" finds "consultant". */
export function terms(text: string): string[] {
  return words(text).flatMap(({ word }) => [word, ...(word.includes("-") ? word.split("-") : [])]).map(normalizeTerm).filter(Boolean);
}

/** The shard a term lives in: its first character (digits share one shard). */
export function shardOf(term: string): string {
  const first = term[0] ?? "_";
  return /[a-z]/.test(first) ? first : "0";
}
