import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { LanguageRegistration } from "shiki/core";

/*
 * Which Shiki grammars a body's code blocks need. Loading every bundled grammar (~240) made each
 * output depend on nothing but the body; loading fewer must keep that, so a language brings the
 * grammars it embeds (markdown highlights a nested ```js block with JavaScript's grammar) and the
 * grammars that inject into it (es-tag-css colours css`…` inside TypeScript).
 */

/** The language of each code block, as the page's highlighter reads it: the first word after the fence. */
export function fenceLanguages(tree: Root): Set<string> {
  const found = new Set<string>();
  visit(tree, "code", (node) => {
    const lang = node.lang?.split(/\s+/)[0];
    if (lang) found.add(lang);
  });
  return found;
}

/** What decides which grammars come along with a grammar. */
export interface GrammarInfo {
  name: string;
  scopeName: string;
  /** Grammars it needs (loaded with it) or may use (a nested code block in markdown). */
  embeds: string[];
  /** The scopes this grammar injects itself into. */
  injectTo: string[];
}

/** The bundled grammars' metadata, by language id and alias. */
export type GrammarTable = ReadonlyMap<string, GrammarInfo>;

/** Builds the table from the bundled grammar modules (each a grammar plus the ones it embeds). */
export function grammarTable(modules: Iterable<[id: string, grammars: LanguageRegistration[]]>): GrammarTable {
  const table = new Map<string, GrammarInfo>();
  const info = (g: LanguageRegistration): GrammarInfo => ({
    name: g.name,
    scopeName: g.scopeName,
    embeds: [...(g.embeddedLangs ?? []), ...(g.embeddedLangsLazy ?? [])],
    injectTo: g.injectTo ?? [],
  });
  for (const [id, grammars] of modules) {
    for (const g of grammars) {
      if (!table.has(g.name)) table.set(g.name, info(g));
      for (const alias of g.aliases ?? []) if (!table.has(alias)) table.set(alias, info(g));
    }
    const main = grammars.at(-1);
    if (main && !table.has(id)) table.set(id, info(main));
  }
  return table;
}

/**
 * The grammar names to load for these languages: each known one, what it embeds, and every grammar
 * that injects into a loaded scope, to a fixed point. Unknown languages are left out (they are
 * shown as plain text). Sorted, so that equal inputs give equal lists.
 */
export function grammarsFor(languages: Iterable<string>, table: GrammarTable): string[] {
  const loaded = new Set<string>();
  const pending = [...languages].filter((l) => table.has(l)).map((l) => table.get(l)!.name);
  const grammarList = [...new Set(table.values())];
  const injectors = grammarList.filter((g) => g.injectTo.length > 0);
  while (pending.length > 0) {
    while (pending.length > 0) {
      const name = pending.pop()!;
      const grammar = table.get(name);
      if (!grammar || loaded.has(grammar.name)) continue;
      loaded.add(grammar.name);
      pending.push(...grammar.embeds);
    }
    const scopes = [...loaded].map((name) => table.get(name)!.scopeName);
    // Shiki injects into a scope and every scope below it (source.js into source.js.jsx).
    const under = (scope: string) => scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
    for (const g of injectors) if (!loaded.has(g.name) && g.injectTo.some(under)) pending.push(g.name);
    // A grammar extending a loaded one (source.ts.tags of source.ts) changes how its injections apply.
    for (const g of grammarList) if (!loaded.has(g.name) && scopes.some((s) => g.scopeName.startsWith(`${s}.`))) pending.push(g.name);
  }
  return [...loaded].sort();
}
