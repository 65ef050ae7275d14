import dns from "node:dns";
import net from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { undrawable } from "./og-assets";
import { OG_SIZE, renderOgImage, type OgCard } from "./og-image";

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
