import type { Root } from "mdast";
import { say } from "../check/messages";
import { readerText, type ReaderBlock } from "../mdx/reader-text";
import { PARAGRAPH_LIMIT, SENTENCE_LIMIT, sentences } from "../readability/readability";
import type { Speller } from "../spelling/speller";
import { tokenize } from "../spelling/tokenize";
import { countWords } from "./reading-time";
import type { SplitFile } from "./frontmatter";
import type { ContentProblem } from "./problems";

/** What the loader hands a text check for one article: its file, its split text and its body's tree. */
export interface TextCheckInput {
  file: string;
  split: SplitFile;
  tree: Root;
}

/** A check of an article's reader-visible text; the loader runs it only when asked (the content check). */
export type TextCheck = (input: TextCheckInput) => ContentProblem[];

/** Frontmatter fields a reader sees as text. */
const textFields = ["title", "excerpt"] as const;

/** Line and column (from 1) of every offset in a text. */
function positions(text: string) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Where each word of `text` stands in `source`, searching from `from` (up to `to`) in order. */
function locate(text: string, source: string, from: number, to: number): { word: string; offset: number }[] {
  let cursor = from;
  return tokenize(text).map(({ word }) => {
    const found = source.indexOf(word, cursor);
    if (found === -1 || found >= to) return { word, offset: from };
    cursor = found + word.length;
    return { word, offset: found };
  });
}

/** The source offset where a paragraph's character `index` (in its pieces joined) stands. */
function sourceOffset(block: ReaderBlock, index: number, source: string): number {
  let rest = index;
  for (const piece of block.pieces) {
    if (rest < piece.text.length) {
      const word = /\S+/.exec(piece.text.slice(rest))?.[0];
      const found = word ? source.indexOf(word, piece.start) : -1;
      return found !== -1 && found < piece.end ? found : piece.start;
    }
    rest -= piece.text.length;
  }
  return block.pieces[0]!.start;
}

/**
 * Spelling and readability of an article as warnings: every unknown word of the title, the excerpt
 * and the reader-visible body ([spelling], with up to three suggestions), sentences and paragraphs
 * that are too long ([zin-te-lang], [alinea-te-lang]). Pure, given the speller.
 */
export function createTextCheck(speller: Speller): TextCheck {
  return ({ file, split, tree }) => {
    const problems: ContentProblem[] = [];
    const warn = (at: { line: number; column: number }, message: string) => problems.push({ file, ...at, message, severity: "warning" });
    const spell = (text: string, source: string, from: number, to: number, at: (offset: number) => { line: number; column: number }) => {
      for (const { word, offset } of locate(text, source, from, to)) {
        const normal = word.replace(/’/g, "'");
        if (!speller.isKnown(normal)) warn(at(offset), say("spelling", word, speller.suggest(normal)));
      }
    };

    const headAt = positions(split.head);
    for (const field of textFields) {
      const value = split.data[field];
      if (typeof value !== "string") continue;
      const lineStart = split.head.split("\n").slice(0, split.lineOf(field) - 1).join("\n").length;
      spell(value, split.head, lineStart, split.head.length, headAt);
    }

    const bodyAt = positions(split.body);
    const at = (offset: number) => {
      const p = bodyAt(offset);
      return { line: p.line + split.bodyLineOffset, column: p.column };
    };
    for (const block of readerText(tree)) {
      for (const piece of block.pieces) spell(piece.text, split.body, piece.start, piece.end, at);
      if (block.kind !== "paragraph") continue;
      const text = block.pieces.map((p) => p.text).join("");
      const words = countWords(text);
      if (words > PARAGRAPH_LIMIT) warn(at(sourceOffset(block, 0, split.body)), say("alinea-te-lang", words, PARAGRAPH_LIMIT));
      for (const sentence of sentences(text)) {
        if (sentence.words > SENTENCE_LIMIT) warn(at(sourceOffset(block, sentence.index, split.body)), say("zin-te-lang", sentence.words, SENTENCE_LIMIT));
      }
    }
    return problems;
  };
}
