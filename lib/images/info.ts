import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { publicDir } from "./paths";

/** What the pipeline knows about an original in public/, read without decoding its pixels. */
export interface ImageInfo {
  /** The path as an article writes it, e.g. /images/team.jpg. */
  src: string;
  bytes: number;
  /** image-size's name for the format ("jpg", "png", "svg" …), "heic" for an iPhone photo, undefined when unknown. */
  format: string | undefined;
  /** Width and height as shown, after the camera's rotation (EXIF orientation) is applied. */
  width: number;
  height: number;
  /** SHA-256 of the file's bytes: the cache key of its processed versions. */
  hash: string;
}

/** HEIC/HEIF photos (an iPhone's default) start with an ISO box "ftyp" whose brand is one of these. */
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** Recognises a HEIC photo by its first bytes, whatever its file name says. */
export function isHeic(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.subarray(4, 12)).toString("latin1");
  return text.startsWith("ftyp") && HEIC_BRANDS.has(text.slice(4)) && !Buffer.from(bytes.subarray(0, 64)).toString("latin1").includes("avif");
}

/** Reads format, size and rotation from a file's bytes (pure: no file system). */
export function describeImage(src: string, bytes: Uint8Array): ImageInfo {
  const hash = crypto.createHash("sha256").update(bytes).digest("hex");
  const base = { src, bytes: bytes.length, hash };
  if (isHeic(bytes)) return { ...base, format: "heic", width: 0, height: 0 };
  try {
    const size = imageSize(bytes);
    // EXIF orientations 5 to 8 turn the picture a quarter: the stored width is the shown height.
    const turned = (size.orientation ?? 1) >= 5;
    return { ...base, format: size.type, width: (turned ? size.height : size.width) ?? 0, height: (turned ? size.width : size.height) ?? 0 };
  } catch {
    return { ...base, format: undefined, width: 0, height: 0 };
  }
}

const memo = new Map<string, { key: string; info: ImageInfo }>();

/** The file in public/ behind a site path such as /images/team.jpg. */
export function originalFile(src: string): string {
  return path.join(publicDir(), src.split(/[?#]/)[0]!);
}

/** Reads an original from public/ once per process (again when its time or size changes); undefined when missing. */
export function readImageInfo(src: string): ImageInfo | undefined {
  const file = originalFile(src);
  if (src.includes("..") || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  const stat = fs.statSync(file);
  const key = `${stat.mtimeMs}:${stat.size}`;
  const known = memo.get(file);
  if (known?.key === key) return known.info;
  const info = describeImage(src, fs.readFileSync(file));
  memo.set(file, { key, info });
  return info;
}
