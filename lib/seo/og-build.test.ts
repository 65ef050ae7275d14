import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOgImages } from "./og-build";
import { ogCacheKey } from "./og-cache";
import type { OgEntry } from "./og-cards";

const card = { kicker: "Artikel", title: "Randgevallen in Markdown 🚀", tags: ["Łódź", "IT"], footer: "Ayşe Yılmaz en Łukasz", footerDetail: "10 februari 2025 · 2 min lezen" };
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("the social images' cache key", () => {
  it("changes with every input that decides the pixels, and with the renderer", () => {
    const key = ogCacheKey(card, "renderer-1");
    expect(ogCacheKey({ ...card }, "renderer-1")).toBe(key);
    for (const changed of [{ title: "Anders" }, { tags: ["IT"] }, { footer: "Iemand" }, { footerDetail: "11 februari 2025" }, { kicker: "Auteur" }]) {
      expect(ogCacheKey({ ...card, ...changed }, "renderer-1")).not.toBe(key);
    }
    expect(ogCacheKey(card, "renderer-2")).not.toBe(key);
  });
});

describe("building the social images", () => {
  it("renders each once, reuses it, renders again when a title changes, and survives a removed cache", { timeout: 300_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-"));
    const options = { cacheDir: path.join(dir, "cache"), publicDir: path.join(dir, "public"), prune: true, workers: 1 };
    const image = (p: string) => fs.readFileSync(path.join(options.publicDir, p));
    const entries = (title: string): OgEntry[] => [
      { path: "/og/artikelen/een.png", card: { ...card, title } },
      { path: "/og/site/default.png", card: { ...card, title: "Het standaardbeeld" } },
    ];

    expect(await buildOgImages(entries(card.title), options)).toEqual({ images: 2, rendered: 2, pruned: 0 });
    const first = image("/og/artikelen/een.png");
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });

    expect(await buildOgImages(entries(card.title), options)).toEqual({ images: 2, rendered: 0, pruned: 0 });
    expect(image("/og/artikelen/een.png").equals(first)).toBe(true);

    expect(await buildOgImages(entries("Een andere titel"), options)).toEqual({ images: 2, rendered: 1, pruned: 1 });
    expect(image("/og/artikelen/een.png").equals(first)).toBe(false);

    fs.rmSync(options.cacheDir, { recursive: true });
    expect(await buildOgImages(entries(card.title), options)).toEqual({ images: 2, rendered: 2, pruned: 0 });
    expect(image("/og/artikelen/een.png").equals(first)).toBe(true);
    expect(fs.readdirSync(path.join(options.publicDir, "og/artikelen"))).toEqual(["een.png"]);
  });
});
