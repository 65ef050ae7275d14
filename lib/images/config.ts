/*
 * What the image pipeline makes of each original. Plain constants, as the browser-side avatar uses
 * them too (file paths are in paths.ts). Changing an encoder setting changes the cache keys (see
 * settingsTag in process.ts), so the next build reprocesses every image once.
 */

/** The article column: 42rem (672 px) wide, with 20 px (32 px from 640 px up) padding beside it. */
export const COLUMN_WIDTH = 672;

/**
 * Widths made for an image in the article column: a 375 px phone at 2× and a desktop at 1× take
 * 700, a desktop at 2× takes 1400, a phone at 3× 1000; 400 serves small screens at 1×.
 */
export const COLUMN_WIDTHS = [400, 700, 1000, 1400] as const;

/** The `sizes` attribute that matches the column at every screen width. */
export const COLUMN_SIZES = `(min-width: ${COLUMN_WIDTH + 64}px) ${COLUMN_WIDTH}px, (min-width: 640px) calc(100vw - 64px), calc(100vw - 40px)`;

/** Widths made for an author photo, shown at 36 to 96 px. */
export const AVATAR_WIDTHS = [96, 192] as const;

/**
 * Encoder settings: WebP for every browser of the last five years, JPEG or PNG as the fallback.
 * Tuned for build time: WebP effort 2 and plain libjpeg make a 4000 × 3000 photo's eight versions
 * about 2.5 times faster than effort 4 and mozjpeg, for files about 5 % larger (bench:images).
 */
export const ENCODERS = {
  webp: { quality: 72, effort: 2 },
  jpeg: { quality: 76, progressive: true, optimiseCoding: true },
  png: { compressionLevel: 6 },
} as const;

/** Raster formats the pipeline reads (as image-size names them). */
export const RASTER_FORMATS = ["jpg", "png", "webp", "avif"] as const;

/** Originals beyond these limits are refused: nobody needs them, and every clone carries them. */
export const MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;
export const MAX_ORIGINAL_SIDE = 8000;
