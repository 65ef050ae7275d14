import type { Root } from "mdast";
import type {} from "mdast-util-mdx";
import { createProcessor } from "@mdx-js/mdx";
import rehypeShiki from "@shikijs/rehype";
import remarkGfm from "remark-gfm";
import type { ShikiTransformer } from "shiki";
import { remarkHeadingIds } from "./headings";
import { gfmRehypeOptions, rehypeGfmForReaders } from "./gfm";
import { remarkFigures } from "../images/remark-figures";
import { syntaxMessage } from "../check/messages";
import { checkSourceLimits, checkTreeDepth } from "./limits";
import { compileMDX } from "next-mdx-remote/rsc";
import type { MDXComponents } from "mdx/types";
import type { ReactElement } from "react";

/*
 * The one module that knows how MDX is parsed and compiled. Swapping next-mdx-remote for
 * @mdx-js/mdx's own evaluate() changes this file only. Both read GitHub-flavoured Markdown
 * (tables, footnotes, strikethrough, task lists, bare addresses), so the check, the table of
 * contents, the search text and the page all see the same tree.
 */

const parser = createProcessor({ remarkPlugins: [remarkGfm] });

/** A body the check refuses before or while parsing, with its line and column counted from the start of the body. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  /** The parser's own words, or the broken limit's message. */
  reason: string;
  /** The check's Dutch message, ending with its rule code. */
  message: string;
}

/**
 * Parses an MDX body into a syntax tree (with positions), or refuses it: a body beyond the limits
 * that keep a page buildable (lib/mdx/limits.ts, checked before and after parsing) or the
 * compiler's syntax error. The content check and every page ask this one function.
 */
export function parseMdx(body: string): Root | MdxSyntaxError {
  const tooBig = checkSourceLimits(body);
  if (tooBig) return { ...tooBig, reason: tooBig.message };
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(error);
    const fromReason = /\((\d+):(\d+)/.exec(reason);
    return {
      line: e.line ?? (fromReason ? Number(fromReason[1]) : 1),
      column: e.column ?? (fromReason ? Number(fromReason[2]) : 1),
      reason,
      message: syntaxMessage(reason),
    };
  }
  const tooDeep = checkTreeDepth(tree);
  return tooDeep ? { ...tooDeep, reason: tooDeep.message } : tree;
}

/** Marks each highlighted block with its language, for the label above the code. */
const languageLabel: ShikiTransformer = {
  pre(node) {
    node.properties["data-language"] = this.options.lang;
  },
};

/** Build-time highlighting: colours for both themes as CSS variables, no highlighter in the browser. */
const shikiOptions = {
  themes: { light: "github-light-high-contrast", dark: "github-dark-dimmed" },
  defaultColor: "light",
  defaultLanguage: "text",
  fallbackLanguage: "text",
  transformers: [languageLabel],
} as const;

/**
 * Renders a validated MDX body to React on the server, with JavaScript in MDX blocked, ids on
 * h2/h3 (the same as collectHeadings gives the table of contents) and highlighted code. The body
 * goes through parseMdx first, so a page never compiles what the content check would refuse.
 */
export async function renderMdx(
  body: string,
  components: MDXComponents,
): Promise<ReactElement> {
  const refused = parseMdx(body);
  if ("message" in refused) throw new Error(`MDX refused at line ${refused.line}:${refused.column}: ${refused.message}`);
  const { content } = await compileMDX({
    source: body,
    components,
    options: {
      blockJS: true,
      blockDangerousJS: true,
      parseFrontmatter: false,
      mdxOptions: {
        remarkPlugins: [remarkGfm, remarkHeadingIds, remarkFigures],
        remarkRehypeOptions: gfmRehypeOptions,
        rehypePlugins: [rehypeGfmForReaders, [rehypeShiki, shikiOptions]],
      },
    },
  });
  return content;
}
