import sharp from "sharp";

/** A small deterministic random generator, so the same seed always draws the same photo. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A stand-in for a phone photo, drawn straight into pixels: a sky-to-grass gradient under a few
 * thousand translucent discs and bars (detail at every scale, as leaves, faces and windows give a
 * real photo), with sensor noise, saved as a high-quality JPEG as a phone's camera does.
 * 4000 × 3000 comes to about 4.5 MB.
 */
export async function phonePhoto(width: number, height: number, seed = 1, noise = 1): Promise<Buffer> {
  const next = random(seed);
  const pixels = Buffer.alloc(width * height * 3);
  const top = [156, 195, 230], middle = [217, 199, 168], bottom = [91, 107, 63];
  for (let y = 0; y < height; y++) {
    const t = y / height;
    const [a, b, u] = t < 0.55 ? [top, middle, t / 0.55] : [middle, bottom, (t - 0.55) / 0.45];
    const row = [0, 1, 2].map((c) => a[c]! + (b[c]! - a[c]!) * u);
    for (let x = 0; x < width; x++) pixels.set(row, (y * width + x) * 3);
  }
  const scale = width / 4000;
  for (let i = 0; i < 2500; i++) {
    const cx = next() * width, cy = next() * height, r = (8 + next() ** 2 * 220) * scale;
    const colour = [next() * 255, next() * 255, next() * 255];
    const alpha = 0.35 + next() * 0.6;
    const bar = next() < 0.5;
    const halfHeight = bar ? r * (0.2 + next() * 0.5) : r;
    for (let y = Math.max(0, Math.floor(cy - halfHeight)); y < Math.min(height, cy + halfHeight); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(width, cx + r); x++) {
        if (!bar && (x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        const at = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) pixels[at + c] = pixels[at + c]! + (colour[c]! - pixels[at + c]!) * alpha;
      }
    }
  }
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.min(255, pixels[i]! + (next() - 0.5) * 40 * noise));
  return sharp(pixels, { raw: { width, height, channels: 3 } }).blur(0.6).jpeg({ quality: 92, chromaSubsampling: "4:4:4" }).toBuffer();
}
