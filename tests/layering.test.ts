import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The house rules of the layout (README, "Layout"): lib/ is shared by everyone and imports none of
 * them; bench/ and scripts/ share code only through lib/; test helpers live in tests/support/; and
 * the modules of lib/ import each other in one direction (no cycles).
 */

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("node_modules"))
    .map((f) => path.join(dir, f));
}

/** The project files a source file imports with a relative path, as paths from the root. */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? "");
  return specs.flatMap((spec) => {
    const base = path.join(path.dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile());
    return found ? [found] : [];
  });
}

/** Each import cycle once, as the list of files around it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("the layout", () => {
  const lib = sourceFiles("lib").filter((f) => !/\.test\.tsx?$/.test(f));

  it("keeps lib/ free of imports from scripts/, bench/, tests/, app/ and components/", () => {
    const outward = lib.flatMap((f) => relativeImports(f).filter((i) => /^(scripts|bench|tests|app|components)\//.test(i)).map((i) => `${f} → ${i}`));
    expect(outward).toEqual([]);
  });

  it("lets bench/ share code with scripts/ only through lib/", () => {
    const crossing = sourceFiles("bench").flatMap((f) => relativeImports(f).filter((i) => i.startsWith("scripts/")).map((i) => `${f} → ${i}`));
    expect(crossing).toEqual([]);
  });

  it("has no import cycles among the modules of lib/", () => {
    const graph = new Map(lib.map((f) => [f, relativeImports(f).filter((i) => i.startsWith("lib/"))]));
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c"]]);
    expect(cycles(new Map([["a", ["b"]], ["b", []]]))).toEqual([]);
  });
});
