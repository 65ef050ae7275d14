import type { Root } from "mdast";
import type {} from "mdast-util-mdx";
import { createProcessor } from "@mdx-js/mdx";
import rehypeShiki from "@shikijs/rehype";
import remarkGfm from "remark-gfm";
import type { ShikiTransformer } from "shiki";
import { remarkHeadingIds } from "./headings";
import { gfmRehypeOptions, rehypeGfmForReaders } from "./gfm";
import { remarkFigures } from "../images/remark-figures";
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

/** A syntax error in MDX, with its line and column counted from the start of the body. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/** Parses an MDX body into a syntax tree (with positions) or the compiler's syntax error. */
export function parseMdx(body: string): Root | MdxSyntaxError {
  try {
    return parser.parse(body) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(error);
    const fromReason = /\((\d+):(\d+)/.exec(reason);
    return {
      line: e.line ?? (fromReason ? Number(fromReason[1]) : 1),
      column: e.column ?? (fromReason ? Number(fromReason[2]) : 1),
      reason,
    };
  }
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
 * h2/h3 (the same as collectHeadings gives the table of contents) and highlighted code.
 */
export async function renderMdx(
  body: string,
  components: MDXComponents,
): Promise<ReactElement> {
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
