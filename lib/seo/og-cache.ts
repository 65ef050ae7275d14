import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { basePath, ogImageFolder, withoutBasePath } from "../routes";
import { ogAssetsDigest } from "./og-assets";
import type { OgCard } from "./og-image";

/*
 * The social images' content-addressed cache: an image's file name is a hash of everything that
 * decides its pixels (the card's text, the template's source, the renderer's versions, the fonts and
 * the emoji set), so a changed input can only ever find a new name, never a stale picture.
 */

/** The cache folder: OG_CACHE_DIR when set (benchmarks), else .cache/og beside the other build caches. */
export function ogCacheDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.OG_CACHE_DIR ?? path.join(process.cwd(), ".cache/og"));
}

const root = () => /* turbopackIgnore: true */ process.cwd();
const versionOf = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(root(), "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

/** A digest of the renderer: the template's and the PNG writer's source, satori's and resvg's versions, the fonts and the emoji set. */
export function ogRendererDigest(): string {
  return createHash("sha256")
    .update(fs.readFileSync(path.join(root(), "lib/seo/og-image.tsx")))
    .update(fs.readFileSync(path.join(root(), "lib/seo/og-png.ts")))
    .update(`satori@${versionOf("satori")} resvg@${versionOf("@resvg/resvg-js")}`)
    .update(ogAssetsDigest())
    .digest("hex");
}

/** The cache key of one card under one renderer. Pure. */
export function ogCacheKey(card: OgCard, rendererDigest: string): string {
  const { kicker, title, tags = [], footer, footerDetail = "" } = card;
  return createHash("sha256").update(rendererDigest).update(JSON.stringify([kicker, title, tags, footer, footerDetail])).digest("hex").slice(0, 40);
}

/** The cache file of a key. */
export const ogCacheFile = (dir: string, key: string) => path.join(dir, `${key}.png`);

/**
 * Makes public/og hold exactly `files` (image path → cache file), as hard links where the file
 * system allows (no second copy on disk), else as copies. Whatever was there before is removed.
 * Image paths carry the base path (they are the addresses pages link to); public/ does not.
 */
export function publishOgImages(publicDir: string, files: ReadonlyMap<string, string>, base: string = basePath): void {
  fs.rmSync(path.join(publicDir, ogImageFolder), { recursive: true, force: true });
  for (const [address, cached] of files) {
    const imagePath = withoutBasePath(address, base);
    if (!imagePath.startsWith(`${ogImageFolder}/`)) throw new Error(`not a social image path: ${address}`);
    const target = path.join(publicDir, imagePath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(cached, target);
    } catch {
      fs.copyFileSync(cached, target);
    }
  }
}

/** Removes cache files no current image uses, so the cache does not grow with every edited title. */
export function pruneOgCache(dir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (name.endsWith(".png") && !keep.has(path.join(dir, name))) {
      fs.rmSync(path.join(dir, name));
      removed++;
    }
  }
  return removed;
}
