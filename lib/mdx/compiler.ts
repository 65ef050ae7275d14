import type { Root } from "mdast";
import { createProcessor } from "@mdx-js/mdx";
import rehypeShikiFromHighlighter from "@shikijs/rehype/core";
import remarkGfm from "remark-gfm";
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration, type ShikiTransformer } from "shiki/core";
import { createOnigurumaEngine } from "shiki/engine/oniguruma";
import { bundledLanguages } from "shiki/langs";
import { bundledThemes } from "shiki/themes";
import { remarkFigures } from "../images/remark-figures";
import { remarkRemoveEsm, remarkRemoveExpressions } from "./block-js";
import { gfmRehypeOptions, rehypeGfmForReaders } from "./gfm";
import { remarkHeadingIds } from "./headings";
import { fenceLanguages, grammarsFor, grammarTable, type GrammarTable } from "./languages";
import { checkTreeDepth, type LimitProblem } from "./limits";

/*
 * The MDX compiler, behind lib/mdx/compile.tsx: one unified processor and one Shiki highlighter for
 * every body a process compiles, loaded only when something is compiled (the content step, or
 * `next dev` for a freshly edited article), never in a build worker that finds every body cached.
 */

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

/** A body beyond the limits that keep a page buildable, found on its tree before any plugin walks it. */
export class TreeTooDeep extends Error {
  constructor(readonly problem: LimitProblem) {
    super(problem.message);
  }
}

/** First remark plugin: refuses a tree nested deeper than the limit, which later plugins would recurse through. */
function remarkRefuseTooDeep() {
  return (tree: Root) => {
    const tooDeep = checkTreeDepth(tree);
    if (tooDeep) throw new TreeTooDeep(tooDeep);
  };
}

let table: Promise<GrammarTable> | undefined;
/** The bundled grammars' metadata, imported once per process (the grammars themselves load only when used). */
function grammars(): Promise<GrammarTable> {
  table ??= Promise.all(
    Object.entries(bundledLanguages).map(async ([id, load]) => [id, (await load()).default as LanguageRegistration[]] as [string, LanguageRegistration[]]),
  ).then(grammarTable);
  return table;
}

/** Remark plugin, last: loads the grammars this body's code blocks need into the shared highlighter. */
function remarkLoadGrammars(highlighter: HighlighterCore) {
  return async (tree: Root) => {
    const wanted = grammarsFor(fenceLanguages(tree), await grammars());
    const loaded = new Set(highlighter.getLoadedLanguages());
    const missing = wanted.filter((name) => !loaded.has(name) && name in bundledLanguages);
    if (missing.length === 0) return;
    const modules = await Promise.all(missing.map((name) => bundledLanguages[name as keyof typeof bundledLanguages]()));
    await highlighter.loadLanguage(...modules);
  };
}

type Processor = ReturnType<typeof createProcessor>;
let processor: Promise<Processor> | undefined;

/** The one processor: the site's plugins, then next-mdx-remote's blockJS, compiled to a function body. */
function mdxProcessor(): Promise<Processor> {
  processor ??= createHighlighterCore({
    themes: [bundledThemes[shikiOptions.themes.light](), bundledThemes[shikiOptions.themes.dark]()],
    langs: [],
    engine: createOnigurumaEngine(import("shiki/wasm")),
  }).then((highlighter) =>
    createProcessor({
      outputFormat: "function-body",
      development: false,
      remarkPlugins: [remarkRefuseTooDeep, remarkGfm, remarkHeadingIds, remarkFigures, remarkRemoveEsm, remarkRemoveExpressions, [remarkLoadGrammars, highlighter]],
      remarkRehypeOptions: gfmRehypeOptions,
      rehypePlugins: [rehypeGfmForReaders, [rehypeShikiFromHighlighter, highlighter, shikiOptions]],
    }),
  );
  return processor;
}

/**
 * Compiles a body (already within the source limits) to the body of a function that returns the MDX
 * module. Throws the parser's error, or TreeTooDeep.
 */
export async function compileBody(body: string): Promise<string> {
  const file = await (await mdxProcessor()).process(body);
  return String(file);
}
