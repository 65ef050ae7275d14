import { AVATAR_WIDTHS, COLUMN_SIZES, COLUMN_WIDTHS } from "./config";
import { imageVariantPath } from "../routes";

/*
 * Where each processed version of an original is served, and which versions a page offers.
 * Pure: no file system, so the browser-side avatar (in the tag filter) can use it too.
 */

/** The encodings the pipeline writes. */
export type VariantFormat = "webp" | "jpg" | "png";

export const MIME: Record<VariantFormat, string> = { webp: "image/webp", jpg: "image/jpeg", png: "image/png" };

/** One processed version: the original's site path, a width and a format. */
export interface Variant {
  src: string;
  width: number;
  format: VariantFormat;
}

/** A picture as the page offers it: WebP sources and a JPEG/PNG img with its srcset, intrinsic size and sizes. */
export interface Picture {
  width: number;
  height: number;
  sizes: string;
  webpSrcSet: string;
  src: string;
  srcSet: string;
}

/** Images the pipeline resizes; SVG (and anything else) is served as it is. */
export function isRaster(src: string): boolean {
  return /\.(jpe?g|png|webp|avif)$/i.test(src.split(/[?#]/)[0]!);
}

/** The fallback a browser without WebP gets: PNG for a PNG (it may be transparent), JPEG otherwise. */
export function fallbackFormat(src: string): VariantFormat {
  return /\.png$/i.test(src) ? "png" : "jpg";
}

/** The address of a version: /images/team.jpg at 700 px in WebP is /img/images/team.jpg/700.webp. */
export function variantPath({ src, width, format }: Variant): string {
  return imageVariantPath(src, width, format);
}

/** Reads a version back from its address segments (after /img/); undefined when it is not one. */
export function parseVariantPath(segments: readonly string[]): Variant | undefined {
  const last = segments.at(-1);
  const match = last && /^(\d{1,5})\.(webp|jpg|png)$/.exec(last);
  if (!match || segments.length < 2) return undefined;
  const src = `/${segments.slice(0, -1).join("/")}`;
  if (!isRaster(src) || src.includes("..")) return undefined;
  return { src, width: Number(match[1]), format: match[2] as VariantFormat };
}

/** The widths made of an image shown in the article column: never wider than the original. */
export function columnWidths(originalWidth: number): number[] {
  const widths: number[] = COLUMN_WIDTHS.filter((w) => w <= originalWidth);
  if (widths.length < COLUMN_WIDTHS.length && originalWidth > 0 && !widths.includes(originalWidth)) widths.push(originalWidth);
  return widths;
}

/** Every version of an image: each width in WebP and in its fallback format. */
export function variantsOf(src: string, widths: readonly number[]): Variant[] {
  return widths.flatMap((width) => [
    { src, width, format: "webp" as const },
    { src, width, format: fallbackFormat(src) },
  ]);
}

function srcSet(src: string, widths: readonly number[], format: VariantFormat): string {
  return widths.map((width) => `${variantPath({ src, width, format })} ${width}w`).join(", ");
}

/** The picture for an image in the article column, from its intrinsic size. */
export function columnPicture(src: string, width: number, height: number): Picture {
  const widths = columnWidths(width);
  const fallback = fallbackFormat(src);
  // The img's own src is the phone-at-2× version: what a browser without srcset support shows.
  const middle = widths.find((w) => w >= 700) ?? widths.at(-1)!;
  return {
    width, height, sizes: COLUMN_SIZES,
    webpSrcSet: srcSet(src, widths, "webp"),
    src: variantPath({ src, width: middle, format: fallback }),
    srcSet: srcSet(src, widths, fallback),
  };
}

/** The picture for an author photo shown `cssPixels` wide (and high). */
export function avatarPicture(src: string, cssPixels: number): Picture {
  const fallback = fallbackFormat(src);
  return {
    width: cssPixels, height: cssPixels, sizes: `${cssPixels}px`,
    webpSrcSet: srcSet(src, AVATAR_WIDTHS, "webp"),
    src: variantPath({ src, width: AVATAR_WIDTHS[0], format: fallback }),
    srcSet: srcSet(src, AVATAR_WIDTHS, fallback),
  };
}
