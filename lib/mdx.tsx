import type { Root } from "mdast";
import type {} from "mdast-util-mdx";
import { createProcessor } from "@mdx-js/mdx";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ComponentType, ReactElement } from "react";

/*
 * The one module that knows how MDX is parsed and compiled. Swapping next-mdx-remote for
 * @mdx-js/mdx's own evaluate() changes this file only.
 */

const parser = createProcessor();

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

/** Renders a validated MDX body to React on the server, with JavaScript in MDX blocked. */
export async function renderMdx(
  body: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX components take varied props
  components: Record<string, ComponentType<any>>,
): Promise<ReactElement> {
  const { content } = await compileMDX({
    source: body,
    components,
    options: { blockJS: true, blockDangerousJS: true, parseFrontmatter: false },
  });
  return content;
}
