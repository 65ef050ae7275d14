import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishOgImages } from "./og-cache";

/** A cache folder with one file, and an empty public/ beside it. */
function folders() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-publish-"));
  const cached = path.join(dir, "abc.png");
  fs.writeFileSync(cached, "png");
  return { publicDir: path.join(dir, "public"), cached };
}

describe("publishing the social images into public/og", () => {
  it("writes an image under public/og at its address", () => {
    const { publicDir, cached } = folders();
    publishOgImages(publicDir, new Map([["/og/site/default.png", cached]]), "");
    expect(fs.readFileSync(path.join(publicDir, "og/site/default.png"), "utf8")).toBe("png");
  });

  it("takes the base path off an address built for a sub-folder (BASE_PATH exported before the pre step)", () => {
    const { publicDir, cached } = folders();
    publishOgImages(publicDir, new Map([["/voorbeeld/pr-7/og/site/default.png", cached]]), "/voorbeeld/pr-7");
    expect(fs.readFileSync(path.join(publicDir, "og/site/default.png"), "utf8")).toBe("png");
    expect(fs.existsSync(path.join(publicDir, "voorbeeld"))).toBe(false);
  });

  it("refuses a path outside the social images' folder", () => {
    const { publicDir, cached } = folders();
    expect(() => publishOgImages(publicDir, new Map([["/images/x.png", cached]]), "")).toThrow("not a social image path: /images/x.png");
  });
});
