import type { Root } from "mdast";
import type {} from "mdast-util-mdx";
import { createProcessor, run } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import type { MDXComponents } from "mdx/types";
import type { ReactElement } from "react";
import * as runtime from "react/jsx-runtime";
import { syntaxMessage } from "../check/messages";
import { compilerDigest, mdxCacheDir, mdxCacheKey, pruneCompiled, readCompiled, writeCompiled } from "./cache";
import { checkSourceLimits, checkTreeDepth } from "./limits";

/*
 * The one entry to MDX: how a body is parsed (for the check), compiled (once per body, by the content
 * step, cached in .cache/mdx) and rendered (by running the compiled code). The compiler itself is
 * lib/mdx/compiler.ts and its cache lib/mdx/cache.ts; nothing outside lib/mdx imports those, so
 * swapping the compiler changes this folder only. Parser and compiler read GitHub-flavoured Markdown
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
    return syntaxError(error);
  }
  const tooDeep = checkTreeDepth(tree);
  return tooDeep ? { ...tooDeep, reason: tooDeep.message } : tree;
}

/** Turns a parser error into the check's refusal, with its line and column. */
function syntaxError(error: unknown): MdxSyntaxError {
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

/** The refusal of a body the check refuses, as the page and the content step throw it. */
function refusal({ line, column, message }: { line: number; column: number; message: string }): Error {
  return new Error(`MDX refused at line ${line}:${column}: ${message}`);
}

/**
 * Compiles a body to the body of a function that returns its MDX module: GitHub-flavoured Markdown,
 * ids on h2/h3 (the same as collectHeadings gives the table of contents), figures, highlighted code,
 * and no JavaScript from the body. Refuses (throws) what parseMdx refuses, checked on the same parse:
 * the source limits before it, the nesting limit on its tree, its syntax errors.
 */
async function compile(body: string): Promise<string> {
  const tooBig = checkSourceLimits(body);
  if (tooBig) throw refusal(tooBig);
  const { compileBody, TreeTooDeep } = await import("./compiler");
  try {
    return await compileBody(body);
  } catch (error) {
    if (error instanceof TreeTooDeep) throw refusal(error.problem);
    throw refusal(syntaxError(error));
  }
}

/** The compiled code of a body: from the cache when a whole entry is there, else compiled and stored. */
async function compiled(body: string, digest: string, dir: string): Promise<{ code: string; key: string; fresh: boolean }> {
  const key = mdxCacheKey(body, digest);
  const cached = readCompiled(dir, key);
  if (cached !== undefined) return { code: cached, key, fresh: false };
  const code = await compile(body);
  writeCompiled(dir, key, code);
  return { code, key, fresh: true };
}

let productionDigest: string | undefined;
/** The compiler's digest: once per process in a build; under `next dev` on each call, so an edited plugin shows. */
function digest(): string {
  if (process.env.NODE_ENV !== "production") return compilerDigest();
  productionDigest ??= compilerDigest();
  return productionDigest;
}

/** What the content step reports after compiling. */
export interface PrecompileReport {
  bodies: number;
  compiled: number;
  /** Cache files of bodies no longer in the content, removed. */
  pruned: number;
}

/**
 * The content step's compile: every body not yet in the cache (.cache/mdx) is compiled once, by one
 * processor and one highlighter, and stored. With `prune`, cache files of other bodies are removed.
 * Throws, naming the file, for a body the compiler refuses (the check has refused it first).
 */
export async function precompileMdx(articles: readonly { file: string; body: string }[], { prune = false }: { prune?: boolean } = {}): Promise<PrecompileReport> {
  const dir = mdxCacheDir();
  const current = digest();
  const keys = new Set<string>();
  let fresh = 0;
  for (const { file, body } of articles) {
    try {
      const result = await compiled(body, current, dir);
      keys.add(result.key);
      if (result.fresh) fresh++;
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
  return { bodies: articles.length, compiled: fresh, pruned: prune ? pruneCompiled(dir, keys) : 0 };
}

/**
 * Renders a validated MDX body to React on the server by running its compiled code (from the cache
 * the content step fills; compiled here on a miss, which under `next dev` is an edited article).
 * A body the content check refuses is refused here too, so a page never compiles it.
 */
export async function renderMdx(body: string, components: MDXComponents): Promise<ReactElement> {
  const { code } = await compiled(body, digest(), mdxCacheDir());
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return <Content components={components} />;
}
