import zlib from "node:zlib";

/*
 * A small indexed-PNG writer for the social images. A card is flat colours and anti-aliased text, so
 * 256 colours look the same as the full picture, and choosing them needs no general quantizer: the
 * colours that cover the most pixels go into the palette exactly, each rarer one (an edge pixel of a
 * letter) takes its nearest palette colour.
 */

/** A palette of at most 256 colours (0xRRGGBB) and, for every colour counted, the index it is drawn with. */
export interface Palette {
  colours: number[];
  indexOf: Map<number, number>;
}

const distance = (a: number, b: number) => {
  const r = ((a >> 16) & 255) - ((b >> 16) & 255);
  const g = ((a >> 8) & 255) - ((b >> 8) & 255);
  const bl = (a & 255) - (b & 255);
  return 2 * r * r + 4 * g * g + 3 * bl * bl;
};

/**
 * Extends `base` (kept as it is, at the same indices) to a palette for `counts` (colour → pixels):
 * new colours by how many pixels they cover until `max` colours, the rest mapped to the nearest. Pure.
 */
export function choosePalette(counts: ReadonlyMap<number, number>, base: Palette = { colours: [], indexOf: new Map() }, max = 256): Palette {
  const colours = [...base.colours];
  const indexOf = new Map(base.indexOf);
  const exact = new Map(colours.map((colour, index) => [colour, index]));
  const fresh = [...counts].filter(([colour]) => !exact.has(colour)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [colour] of fresh) {
    if (colours.length < max) {
      exact.set(colour, colours.length);
      indexOf.set(colour, colours.length);
      colours.push(colour);
      continue;
    }
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < colours.length && bestDistance > 0; i++) {
      const d = distance(colour, colours[i]!);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    }
    indexOf.set(colour, best);
  }
  return { colours, indexOf };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

let rows: Buffer | undefined;
/** An 8-bit indexed PNG of `indices` (one byte a pixel, row by row) drawn with `colours`. */
export function encodeIndexedPng(indices: Uint8Array, width: number, height: number, colours: readonly number[]): Buffer {
  const stride = width + 1;
  // Every row starts with filter type 0 (none); the buffer is kept between images (fresh memory is slow to touch).
  if (rows?.length !== stride * height) rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * stride + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((colour, i) => plte.set([(colour >> 16) & 255, (colour >> 8) & 255, colour & 255], i * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", zlib.deflateSync(rows, { level: 6 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/**
 * Counts colours (0xRRGGBB) faster than a Map: open addressing in typed arrays, kept between images.
 * `add` returns the colour's slot, which `indexed` later turns into the colour's palette index.
 */
export class ColourCounter {
  private keys = new Int32Array(1 << 16).fill(-1);
  private counts = new Int32Array(1 << 16);
  private used: number[] = [];
  private last = -1;
  private lastSlot = 0;

  /** Counts one pixel of `colour`; returns its slot. */
  add(colour: number): number {
    if (colour === this.last) {
      this.counts[this.lastSlot]!++;
      return this.lastSlot;
    }
    const mask = this.keys.length - 1;
    let slot = Math.imul(colour, 0x9e3779b1) >>> 16 & mask;
    while (this.keys[slot] !== colour && this.keys[slot] !== -1) slot = (slot + 1) & mask;
    if (this.keys[slot] === -1) {
      if (this.used.length > mask / 2) throw new Error("too many colours for one social image");
      this.keys[slot] = colour;
      this.used.push(slot);
    }
    this.counts[slot]!++;
    this.last = colour;
    this.lastSlot = slot;
    return slot;
  }

  /** Colour → pixels, for `choosePalette`. */
  tally(): Map<number, number> {
    return new Map(this.used.map((slot) => [this.keys[slot]!, this.counts[slot]!]));
  }

  /** Slot → palette index under `palette`. */
  indexed(palette: Palette): Uint8Array {
    const out = new Uint8Array(this.keys.length);
    for (const slot of this.used) out[slot] = palette.indexOf.get(this.keys[slot]!)!;
    return out;
  }

  /** Forgets every colour, ready for the next image. */
  clear(): void {
    for (const slot of this.used) [this.keys[slot], this.counts[slot]] = [-1, 0];
    this.used = [];
    this.last = -1;
  }
}
