import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hashSources, sourceFiles } from "../source-files";

/*
 * The compiled bodies' content-addressed cache: a body's file name is a hash of its text and of
 * everything that turns text into code (the MDX, remark, rehype and Shiki packages' versions and the
 * source of the plugins), so an edited plugin or an upgraded package can only ever find a new name.
 */

/** The cache folder: MDX_CACHE_DIR when set (tests, benchmarks), else .cache/mdx beside the other build caches. */
export function mdxCacheDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.MDX_CACHE_DIR ?? path.join(process.cwd(), ".cache/mdx"));
}

/** The packages whose code turns a body into compiled code (their dependencies' versions are pinned by these). */
export const compilerPackages = [
  "@mdx-js/mdx", "remark-gfm", "remark-parse", "remark-mdx", "remark-rehype", "mdast-util-to-hast", "micromark",
  "unified", "unist-util-visit", "mdast-util-to-string", "hast-util-to-estree", "estree-util-to-js",
  "shiki", "@shikijs/core", "@shikijs/rehype", "@shikijs/langs", "@shikijs/themes", "@shikijs/engine-oniguruma",
] as const;

/** The folder whose modules are the compiler, and the files outside it they import are hashed too. */
const compilerFolder = "lib/mdx";

/**
 * The compiler's own source files: every module under lib/mdx (tests left out) and, to any depth,
 * the project files they import (lib/images/remark-figures.ts, the heading slugs in lib/tags.ts, …).
 * Sorted paths relative to root.
 */
export const compilerSources = (root: string): string[] => sourceFiles(root, [compilerFolder]);

/** An installed package's version, or "absent". */
function versionOf(root: string, name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "absent";
  }
}

/** A digest of the compiler: the packages' versions and the source of every compiler module. */
export function compilerDigest(root: string = /* turbopackIgnore: true */ process.cwd()): string {
  const hash = createHash("sha256");
  for (const name of compilerPackages) hash.update(`${name}@${versionOf(root, name)}\n`);
  hashSources(hash, root, [compilerFolder]);
  return hash.digest("hex");
}

/** The cache key of one body under one compiler. Pure. */
export function mdxCacheKey(body: string, digest: string): string {
  return createHash("sha256").update(digest).update("\n").update(body).digest("hex").slice(0, 40);
}

/** What a cache file holds. */
interface CacheEntry {
  key: string;
  code: string;
}

const cacheFile = (dir: string, key: string) => path.join(dir, `${key}.json`);

/**
 * The compiled code stored under a key, or undefined when there is none or the file is not a whole
 * entry for that key (cut short, garbage, another shape): such a file is compiled again, never served.
 */
export function readCompiled(dir: string, key: string): string | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(fs.readFileSync(cacheFile(dir, key), "utf8"));
  } catch {
    return undefined;
  }
  const { key: stored, code } = (entry ?? {}) as Partial<CacheEntry>;
  return stored === key && typeof code === "string" && code.length > 0 ? code : undefined;
}

/** Stores compiled code under a key, atomically: a reader sees the old file or the whole new one. */
export function writeCompiled(dir: string, key: string, code: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = cacheFile(dir, key);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ key, code } satisfies CacheEntry));
  fs.renameSync(temporary, file);
}

/** Removes the cache files no current body uses; returns how many. */
export function pruneCompiled(dir: string, keep: ReadonlySet<string>): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const key = name.replace(/\.json$/, "");
    if (name.endsWith(".json") && keep.has(key)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
