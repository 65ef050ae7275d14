import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { ENCODERS } from "./config";
import { imageCacheDir } from "./paths";
import { originalFile, readImageInfo, type ImageInfo } from "./info";
import type { Variant, VariantFormat } from "./variants";

/** A short fingerprint of the encoder settings: part of every cache key, so new settings mean new files. */
const settingsTag = crypto.createHash("sha256").update(JSON.stringify(ENCODERS)).digest("hex").slice(0, 8);

/** The cache file of one version: content hash, settings, width and format; never the file's name. */
export function cacheFile(hash: string, width: number, format: VariantFormat): string {
  return path.join(imageCacheDir(), `${hash.slice(0, 32)}-${settingsTag}-${width}.${format}`);
}

/** Writes a file so that no reader (another build worker) ever sees half of it. */
function writeAtomically(file: string, data: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

function encode(image: Sharp, format: VariantFormat): Sharp {
  if (format === "webp") return image.webp(ENCODERS.webp);
  if (format === "png") return image.png(ENCODERS.png);
  return image.flatten({ background: "#ffffff" }).jpeg(ENCODERS.jpeg);
}

/** What one run of the pipeline did, for the build log and the benchmark. */
export interface PipelineResult {
  processed: number;
  cached: number;
}

const pending = new Map<string, Promise<PipelineResult>>();

/**
 * Makes every missing version of one original. The photo is decoded, turned upright and shrunk to the
 * largest width once; the smaller widths are made from that. Metadata (EXIF, GPS position) is dropped.
 */
async function processMissing(info: ImageInfo, missing: readonly { width: number; format: VariantFormat }[]): Promise<void> {
  const largest = Math.max(...missing.map((v) => v.width));
  const { data, info: raw } = await sharp(originalFile(info.src), { limitInputPixels: 8000 * 8000 })
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rawInput = { raw: { width: raw.width, height: raw.height, channels: raw.channels } };
  await Promise.all(
    missing.map(async ({ width, format }) => {
      const resized = sharp(data, rawInput).resize({ width, withoutEnlargement: true });
      writeAtomically(cacheFile(info.hash, width, format), await encode(resized, format).toBuffer());
    }),
  );
}

/** Makes sure the cache holds the given versions of an original; an unchanged photo is never processed twice. */
export function ensureVariants(src: string, variants: readonly Omit<Variant, "src">[]): Promise<PipelineResult> {
  const info = readImageInfo(src);
  if (!info) return Promise.reject(new Error(`image ${src} does not exist in public/`));
  const missing = variants.filter((v) => !fs.existsSync(cacheFile(info.hash, v.width, v.format)));
  if (missing.length === 0) return Promise.resolve({ processed: 0, cached: variants.length });
  const key = `${info.hash}:${missing.map((v) => `${v.width}.${v.format}`).join(",")}`;
  let run = pending.get(key);
  if (!run) {
    run = processMissing(info, missing)
      .then(() => ({ processed: missing.length, cached: variants.length - missing.length }))
      .finally(() => pending.delete(key));
    pending.set(key, run);
  }
  return run;
}

/** The bytes of one version, made first if the cache does not hold them yet. */
export async function variantBytes(variant: Variant): Promise<Buffer> {
  const info = readImageInfo(variant.src);
  if (!info) throw new Error(`image ${variant.src} does not exist in public/`);
  await ensureVariants(variant.src, [variant]);
  return fs.readFileSync(cacheFile(info.hash, variant.width, variant.format));
}
