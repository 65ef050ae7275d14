import dns from "node:dns";
import net from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { undrawable } from "./og-assets";
import sharp from "sharp";
import { inkRegions, OG_SIZE, renderOgImage, type OgCard } from "./og-image";

/** The material editors bring: Latin Extended letters in a title, a name and a tag, and emoji. */
const card: OgCard = {
  kicker: "Artikel",
  title: "Randgevallen in Markdown 🚀 met Ayşe Yılmaz en Łukasz",
  tags: ["Łódź ❤️", "IT"],
  footer: "Ayşe Yılmaz 👩‍💻",
  footerDetail: "10 februari 2025 · 2 min lezen",
};

/** Every way the renderer could reach the network, each recorded and refused. */
const attempts: string[] = [];
beforeEach(() => {
  attempts.length = 0;
  vi.stubGlobal("fetch", (input: unknown) => {
    attempts.push(`fetch ${String(input)}`);
    return Promise.reject(new Error("network blocked in this test"));
  });
  vi.spyOn(net.Socket.prototype, "connect").mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    attempts.push(`socket ${JSON.stringify(args[0])}`);
    throw new Error("network blocked in this test");
  });
  vi.spyOn(dns, "lookup").mockImplementation(((host: string) => {
    attempts.push(`dns ${host}`);
    throw new Error("network blocked in this test");
  }) as unknown as typeof dns.lookup);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a social image with every name and emoji, offline", () => {
  it("has a glyph for each character the card holds", () => {
    for (const text of [card.title, card.footer, ...(card.tags ?? [])]) expect(undrawable(text), text).toEqual([]);
  });

  it("renders a 1200×630 PNG without any request", { timeout: 60_000 }, async () => {
    const png = await renderOgImage(card);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(OG_SIZE);
    expect(attempts).toEqual([]);
  });

  it("draws the emoji: two titles that differ only in their emoji give two different images", { timeout: 60_000 }, async () => {
    // An emoji that is not drawn leaves the same empty space (or the same box) whichever it is.
    const rocket = await renderOgImage({ ...card, title: "Randgevallen in Markdown 🚀" });
    const party = await renderOgImage({ ...card, title: "Randgevallen in Markdown 🎉" });
    expect(rocket.equals(party)).toBe(false);
    expect(attempts).toEqual([]);
  });
});

/** How many pixels of the rectangle differ from the paper colour. */
async function inked(png: Buffer, left: number, top: number, width: number, height: number): Promise<number> {
  const { data, info } = await sharp(png).extract({ left, top, width, height }).raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let p = 0; p < data.length; p += info.channels) if (Math.abs(data[p]! - 0xfb) + Math.abs(data[p + 1]! - 0xf8) + Math.abs(data[p + 2]! - 0xf3) > 24) count++;
  return count;
}

describe("only the text is drawn per card, over the shared layer", () => {
  it("draws the title, the footer and the shared parts where they belong", { timeout: 60_000 }, async () => {
    const png = await renderOgImage(card);
    expect(await inked(png, 90, 215, 600, 50)).toBeGreaterThan(2000); // the title's first line
    expect(await inked(png, 90, 505, 200, 30)).toBeGreaterThan(500); // the author
    expect(await inked(png, 0, 0, 18, 630)).toBe(18 * 630); // the accent bar
    expect(await inked(png, 90, 64, 44, 44)).toBeGreaterThan(200); // the logo
    expect(await inked(png, 700, 400, 400, 60)).toBe(0); // the space between title and footer
  });

  it("merges overlapping or nearby parts into one region and keeps distant ones apart", () => {
    const kicker = { left: 85, top: 159, width: 130, height: 39 };
    const title = { left: 79, top: 200, width: 1042, height: 160 };
    const name = { left: 84, top: 499, width: 200, height: 46 };
    const detail = { left: 85, top: 540, width: 300, height: 39 };
    expect(inkRegions([kicker, title, name, detail])).toEqual([kicker, title, { left: 84, top: 499, width: 301, height: 80 }]);
    expect(inkRegions([{ left: 0, top: 0, width: 0, height: 10 }])).toEqual([]);
  });
});
