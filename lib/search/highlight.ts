import { normalizeTerm, words } from "./text";

/** The normalised, distinct terms of a query. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).flatMap(({ word }) => (word.includes("-") ? word.split("-") : [word])).map(normalizeTerm).filter(Boolean))];
}

/** Splits a text into plain and highlighted parts: words whose normalised form starts with a query term. */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const wanted = queryTerms(query);
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const { word, start, end } of words(text)) {
    const term = normalizeTerm(word);
    if (!wanted.some((w) => term.startsWith(w) || (w.startsWith(term) && term.length >= 4))) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** About `length` characters of text around the first match, cut at word boundaries, with … where cut. */
export function snippet(text: string, query: string, length = 180): string {
  const first = highlight(text, query).findIndex((p) => p.match);
  if (first === -1) return text.length > length ? `${text.slice(0, text.lastIndexOf(" ", length))} …` : text;
  const offset = highlight(text, query).slice(0, first).reduce((n, p) => n + p.text.length, 0);
  let start = Math.max(0, offset - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(" ", start) + 1;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = text.lastIndexOf(" ", end);
  return `${start > 0 ? "… " : ""}${text.slice(start, end).trim()}${end < text.length ? " …" : ""}`;
}
