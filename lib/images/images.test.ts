import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { parseMdx } from "../mdx/compile";
import { checkImage } from "./check";
import { describeImage, type ImageInfo } from "./info";
import { cacheFile, ensureVariants } from "./process";
import { remarkFigures } from "./remark-figures";
import { avatarPicture, columnPicture, columnWidths, parseVariantPath, variantPath, variantsOf } from "./variants";

const photo = (fields: Partial<ImageInfo> = {}): ImageInfo => ({ src: "/images/foto.jpg", bytes: 4_000_000, format: "jpg", width: 4000, height: 3000, hash: "ab", ...fields });

describe("variants", () => {
  it("never makes a version wider than the original, and keeps the original's width when it is smaller", () => {
    expect(columnWidths(4000)).toEqual([400, 700, 1000, 1400]);
    expect(columnWidths(900)).toEqual([400, 700, 900]);
    expect(columnWidths(300)).toEqual([300]);
  });

  it("offers WebP and a JPEG fallback for the column, with the intrinsic size and the column's sizes", () => {
    const picture = columnPicture("/images/team.jpg", 4000, 3000);
    expect(picture.webpSrcSet).toBe("/img/images/team.jpg/400.webp 400w, /img/images/team.jpg/700.webp 700w, /img/images/team.jpg/1000.webp 1000w, /img/images/team.jpg/1400.webp 1400w");
    expect(picture.src).toBe("/img/images/team.jpg/700.jpg");
    expect([picture.width, picture.height]).toEqual([4000, 3000]);
    expect(picture.sizes).toBe("(min-width: 736px) 672px, (min-width: 640px) calc(100vw - 64px), calc(100vw - 40px)");
    expect(columnPicture("/images/tekening.png", 1600, 900).srcSet).toContain("/img/images/tekening.png/1400.png 1400w");
  });

  it("makes each width in WebP and in the original's kind of fallback", () => {
    expect(variantsOf("/images/a.png", [400]).map(variantPath)).toEqual(["/img/images/a.png/400.webp", "/img/images/a.png/400.png"]);
    expect(variantsOf("/images/a.webp", [400]).map(variantPath)).toEqual(["/img/images/a.webp/400.webp", "/img/images/a.webp/400.jpg"]);
  });

  it("gives avatars the sizes they are shown at", () => {
    expect(avatarPicture("/images/authors/anna.jpg", 48)).toMatchObject({ sizes: "48px", webpSrcSet: "/img/images/authors/anna.jpg/96.webp 96w, /img/images/authors/anna.jpg/192.webp 192w" });
  });

  it("reads a version's address back, and refuses anything else", () => {
    const variant = { src: "/images/a b/team.jpg", width: 700, format: "webp" as const };
    expect(parseVariantPath(variantPath(variant).split("/").slice(2))).toEqual(variant);
    expect(parseVariantPath(["images", "team.svg", "700.webp"])).toBeUndefined();
    expect(parseVariantPath(["images", "..", "team.jpg", "700.webp"])).toBeUndefined();
    expect(parseVariantPath(["images", "team.jpg", "700.gif"])).toBeUndefined();
  });
});

describe("image checks", () => {
  it("passes a phone photo and an SVG", () => {
    expect(checkImage(photo(), "column")).toEqual([]);
    expect(checkImage(photo({ src: "/images/x.svg", format: "svg", width: 10 }), "column")).toEqual([]);
  });

  it("refuses an original over 20 MB, naming its size", () => {
    expect(checkImage(photo({ bytes: 25 * 1024 * 1024 }), "column")).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringMatching(/^\/images\/foto\.jpg is 25 MB: .* \[afbeelding-te-groot\]$/) }),
    ]);
  });

  it("warns about an image too small for a sharp column on a 2× screen", () => {
    expect(checkImage(photo({ width: 1343 }), "column").map((p) => p.severity)).toEqual(["warning"]);
    expect(checkImage(photo({ width: 1344 }), "column")).toEqual([]);
  });

  it("recognises a HEIC photo by its bytes, whatever its name", () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic")]);
    expect(describeImage("/images/x.jpg", heic).format).toBe("heic");
  });
});

describe("figures", () => {
  const figures = (body: string) => {
    const tree = parseMdx(body);
    if ("reason" in tree) throw new Error(tree.reason);
    remarkFigures()(tree);
    return tree.children.map((node) => (node.type === "image" ? { url: node.url, ...(node.data?.hProperties ?? {}) } : node.type));
  };

  it("turns an image alone in its paragraph into a figure; the first, at the top, loads first", () => {
    expect(figures('![Het team](/images/a.jpg "Het team in Utrecht")\n\nTekst.\n\n![Kantoor](/images/b.jpg)')).toEqual([
      { url: "/images/a.jpg", "data-figure": "", "data-priority": "" },
      "paragraph",
      { url: "/images/b.jpg", "data-figure": "" },
    ]);
  });

  it("leaves an image inside a sentence alone, and gives no priority to a first image far down", () => {
    expect(figures("Tekst met ![icoon](/images/i.png) erin.\n\nTekst.\n\nMeer.\n\n![Kantoor](/images/b.jpg)")).toEqual([
      "paragraph", "paragraph", "paragraph", { url: "/images/b.jpg", "data-figure": "" },
    ]);
  });
});

describe("the pipeline", () => {
  it("processes a new photo once, turned upright, and takes it from the cache afterwards", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "images-"));
    process.env.PUBLIC_DIR = path.join(root, "public");
    process.env.IMAGE_CACHE_DIR = path.join(root, "cache");
    fs.mkdirSync(path.join(root, "public/images"), { recursive: true });
    // Stored 800 × 600 with EXIF orientation 6: a camera held upright, so it shows as 600 × 800.
    const stored = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#8a6" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    fs.writeFileSync(path.join(root, "public/images/staand.jpg"), stored);
    const info = describeImage("/images/staand.jpg", stored);
    expect([info.width, info.height]).toEqual([600, 800]);

    const versions = [{ width: 400, format: "webp" as const }, { width: 600, format: "jpg" as const }];
    expect(await ensureVariants("/images/staand.jpg", versions)).toEqual({ processed: 2, cached: 0 });
    const made = await sharp(cacheFile(info.hash, 400, "webp")).metadata();
    expect([made.format, made.width, made.height, made.orientation]).toEqual(["webp", 400, 533, undefined]);
    expect(await ensureVariants("/images/staand.jpg", versions)).toEqual({ processed: 0, cached: 2 });
    delete process.env.PUBLIC_DIR;
    delete process.env.IMAGE_CACHE_DIR;
  });
});
