import path from "node:path";

/** Where the site's static files (and the originals) live: PUBLIC_DIR when set (test fixtures), else ./public. */
export function publicDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.PUBLIC_DIR ?? path.join(process.cwd(), "public"));
}

/** Where processed images are kept between builds, by content hash. CI keeps this folder. */
export function imageCacheDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.IMAGE_CACHE_DIR ?? path.join(process.cwd(), ".cache", "images"));
}
