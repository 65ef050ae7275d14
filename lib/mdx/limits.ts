import type { Root } from "mdast";
import { say } from "../check/messages";

/*
 * The limits an article body must stay within so that the page can always be built. The MDX
 * compiler and React render recursively: a body nested thousands of levels deep (2,000 `>` quote
 * markers, say) passes the parser but stops the build with "Maximum call stack size exceeded".
 * Each limit is a named rule of the content check, so whatever the check accepts, the build builds.
 */

/** The limits, by name; content/README.md names them in the rule codes' table. */
export const mdxLimits = {
  /** Characters in an article body (a long article has ~20,000). */
  bodyCharacters: 100_000,
  /** Characters on one line (a long paragraph has ~2,000). */
  lineCharacters: 20_000,
  /** Levels of quotes, lists, components and inline markup inside one another. */
  nesting: 40,
} as const;

/** A limit broken, at a body position (line and column count from the start of the MDX body). */
export interface LimitProblem {
  line: number;
  column: number;
  message: string;
}

const fence = /^ {0,3}(`{3,}|~{3,})/;
/** One container marker at the start of what is left of a line: a quote `>` or a list item. */
const containerMarker = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
/** A component or HTML tag: closing, opening, or self-closing (attributes on one line). */
const tag = /<(\/?)[A-Za-z][\w.:-]*(?:\s[^<>]*?)?(\/?)>/g;

/**
 * The checks before parsing, by a cheap scan of the lines: body length, line length, and nesting of
 * quotes and list markers on one line, of components across lines and of emphasis within a paragraph
 * (code fences are skipped).
 * Returns the first limit broken, or undefined.
 */
export function checkSourceLimits(body: string): LimitProblem | undefined {
  if (body.length > mdxLimits.bodyCharacters) {
    return { line: 1, column: 1, message: say("tekst-te-lang", body.length, mdxLimits.bodyCharacters) };
  }
  const lines = body.split("\n");
  let openFence: string | undefined;
  let components = 0;
  let inline = 0;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    if (text.length > mdxLimits.lineCharacters) {
      return { line, column: 1, message: say("regel-te-lang", text.length, mdxLimits.lineCharacters) };
    }
    let rest = text;
    let containers = 0;
    for (let m = containerMarker.exec(rest); m && m[0].length > 0; m = containerMarker.exec(rest)) {
      containers++;
      rest = rest.slice(m[0].length);
      if (containers > mdxLimits.nesting) return { line, column: 1, message: say("te-diep-genest", mdxLimits.nesting) };
    }
    const opener = fence.exec(rest)?.[1];
    if (openFence) {
      if (opener && opener[0] === openFence[0] && opener.length >= openFence.length) openFence = undefined;
      continue;
    }
    if (opener) {
      openFence = opener;
      continue;
    }
    if (rest.trim() === "") inline = 0;
    // Inline code (`<div>`) and escaped characters (\<div>, \*) are text, not markup.
    const scanned = rest.replace(/(`+).*?\1/g, (span) => " ".repeat(span.length));
    const unescaped = scanned.replace(/\\./g, "  ");
    // Emphasis still open in this paragraph: thousands of nested `*a *b …` make the parser's work grow with their square.
    for (const m of unescaped.matchAll(/[*_~]+/g)) {
      const before = unescaped[m.index - 1];
      const after = unescaped[m.index + m[0].length];
      const opens = after !== undefined && /\S/.test(after);
      const closes = before !== undefined && /\S/.test(before);
      const levels = m[0].length >= 3 ? 2 : 1;
      if (opens && !closes) inline += levels;
      else if (closes && !opens) inline = Math.max(0, inline - levels);
      if (containers + components + inline > mdxLimits.nesting) {
        return { line, column: m.index + 1 + text.length - rest.length, message: say("te-diep-genest", mdxLimits.nesting) };
      }
    }
    for (const m of unescaped.matchAll(tag)) {
      if (m[1]) components = Math.max(0, components - 1);
      else if (!m[2]) components++;
      if (containers + components > mdxLimits.nesting) {
        return { line, column: m.index + 1 + text.length - rest.length, message: say("te-diep-genest", mdxLimits.nesting) };
      }
    }
  }
  return undefined;
}

/** Nodes that put what they hold one level deeper; paragraphs, list items, table rows and text do not count. */
const nesting = new Set(["blockquote", "list", "mdxJsxFlowElement", "mdxJsxTextElement", "emphasis", "strong", "delete", "link", "linkReference", "footnoteDefinition"]);

/**
 * The check after parsing: no more levels of quotes, lists, components and inline markup inside one
 * another than the nesting limit, found without recursion (the tree may be deeper than the stack).
 * Returns the first too-deep node's position, or undefined.
 */
export function checkTreeDepth(tree: Root): LimitProblem | undefined {
  type Node = { type: string; children?: Node[]; position?: { start: { line: number; column: number } } };
  const stack: [Node, number][] = [[tree as Node, 0]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    const depth = outer + (nesting.has(node.type) ? 1 : 0);
    if (depth > mdxLimits.nesting) {
      const start = node.position?.start;
      return { line: start?.line ?? 1, column: start?.column ?? 1, message: say("te-diep-genest", mdxLimits.nesting) };
    }
    // Children in reverse, so the first too-deep node in reading order is found first.
    for (const child of [...(node.children ?? [])].reverse()) stack.push([child, depth]);
  }
  return undefined;
}
