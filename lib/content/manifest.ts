import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { todayInAmsterdam } from "../dates";
import { publicDir } from "../images/paths";
import { hashSources } from "../source-files";
import { contentDir, contentSignature } from "./files";
import type { ContentSet } from "./read";

/*
 * The content step's result, kept for Next's workers: scripts/prebuild.ts reads and validates the
 * content once and stores the outcome here; each worker of `next build` then takes it as it is
 * instead of parsing every article again. A manifest is used only while everything it was made from
 * is unchanged (the files, the day, the loader's code); otherwise the loader reads the content itself.
 */

/** The manifests' folder: CONTENT_CACHE_DIR when set (tests), else .cache/content. */
function manifestDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_CACHE_DIR ?? path.join(process.cwd(), ".cache/content"));
}

/** One manifest per content folder and public folder, so test sites and benchmarks keep their own. */
export function contentManifestFile(root: string = contentDir()): string {
  const name = createHash("sha256").update(`${root}\n${publicDir()}`).digest("hex").slice(0, 16);
  return path.join(manifestDir(), `${name}.json`);
}

/**
 * What a manifest must match to be used: every content file's time and size, the day (publishing
 * and the checks depend on it), the public folder, and the source of the loader and all it imports.
 */
export function contentManifestKey(root: string = contentDir(), codeRoot: string = /* turbopackIgnore: true */ process.cwd()): string {
  const hash = createHash("sha256");
  hash.update(`${contentSignature(root)}\n${todayInAmsterdam()}\n${publicDir()}\n`);
  hashSources(hash, codeRoot, ["lib/content"]);
  return hash.digest("hex");
}

interface Manifest {
  key: string;
  content: ContentSet;
}

/** Stores the content step's result, atomically: a reader sees the old manifest or the whole new one. */
export function writeContentManifest(content: ContentSet, root: string = contentDir()): void {
  const file = contentManifestFile(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ key: contentManifestKey(root), content } satisfies Manifest));
  fs.renameSync(temporary, file);
}

/**
 * The stored result for this content, or undefined when there is none, it was made from other files,
 * another day or other code, or the file is not a whole manifest: then the caller reads the content.
 */
export function readContentManifest(root: string = contentDir()): ContentSet | undefined {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(fs.readFileSync(contentManifestFile(root), "utf8")) as Partial<Manifest>;
  } catch {
    return undefined;
  }
  const content = manifest?.content;
  if (manifest?.key !== contentManifestKey(root) || !content || !Array.isArray(content.articles) || !Array.isArray(content.authors) || !Array.isArray(content.problems)) return undefined;
  return content;
}
