import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { choosePalette, ColourCounter, encodeIndexedPng } from "./og-png";

describe("the social images' palette", () => {
  it("keeps the base colours at their indices, adds the commonest new ones and maps the rest to the nearest", () => {
    const base = choosePalette(new Map([[0xfbf8f3, 10]]));
    const palette = choosePalette(new Map([[0x1f1b16, 50], [0x9a3412, 20], [0x201b16, 1]]), base, 3);
    expect(palette.colours).toEqual([0xfbf8f3, 0x1f1b16, 0x9a3412]);
    expect(palette.indexOf.get(0x201b16)).toBe(1);
  });

  it("counts colours like a Map does", () => {
    const counter = new ColourCounter();
    for (const colour of [1, 1, 2, 0xffffff, 1]) counter.add(colour);
    expect(counter.tally()).toEqual(new Map([[1, 3], [2, 1], [0xffffff, 1]]));
    counter.clear();
    expect(counter.tally()).toEqual(new Map());
  });
});

describe("the indexed PNG writer", () => {
  it("writes a PNG that decodes to the same pixels", async () => {
    const colours = [0xfbf8f3, 0x1f1b16, 0x9a3412];
    const indices = Uint8Array.from({ length: 7 * 3 }, (_, i) => i % 3);
    const { data, info } = await sharp(encodeIndexedPng(indices, 7, 3, colours)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([7, 3]);
    const decoded = Array.from({ length: 21 }, (_, i) => (data[i * info.channels]! << 16) | (data[i * info.channels + 1]! << 8) | data[i * info.channels + 2]!);
    expect(decoded).toEqual([...indices].map((i) => colours[i]));
  });
});
