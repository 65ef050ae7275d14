import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/*
 * The project's own source files behind a step, found by following imports, so that a cache can
 * carry a digest of the code that filled it: a changed module can only ever find a new key.
 */

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** A relative or `@/` import of `from`, as a file under root, or undefined for a package. */
function resolveImport(root: string, from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/**
 * Every module under the given folders (tests left out) and, to any depth, the project files they
 * import. Sorted paths relative to root.
 */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const pending = folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      .map((name) => path.join(root, folder, name)),
  );
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(importPattern)) {
      const target = resolveImport(root, file, specifier!);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].map((file) => path.relative(root, file).split(path.sep).join("/")).sort();
}

/** Adds each source file's path and text to a hash. */
export function hashSources(hash: ReturnType<typeof createHash>, root: string, folders: readonly string[]): void {
  for (const file of sourceFiles(root, folders)) hash.update(`${file}\n`).update(fs.readFileSync(path.join(root, file))).update("\n");
}
