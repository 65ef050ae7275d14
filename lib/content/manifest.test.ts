import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { article, contentFolder } from "../../tests/support/content-fixture";
import { contentManifestFile, readContentManifest, writeContentManifest } from "./manifest";
import { readContent } from "./read";

describe("content manifest (the content step's result, for Next's workers)", () => {
  beforeEach(() => {
    process.env.CONTENT_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "content-cache-"));
  });
  afterEach(() => {
    delete process.env.CONTENT_CACHE_DIR;
    delete process.env.CONTENT_DIR;
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("gives back exactly what the loader read", () => {
    const root = contentFolder({
      "articles/een.mdx": article({ title: '"Ayşe Yılmaz over 🚀 en Łukasz"' }, "Tekst.\n\n## Kop één\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
      "articles/twee.mdx": article({ title: '"Twee"', draft: "true" }),
    });
    const content = readContent(root);
    expect(readContentManifest(root)).toBeUndefined();
    writeContentManifest(content, root);
    expect(readContentManifest(root)).toEqual(content);
  });

  it("is not used once a content file changed, nor when it is cut short or garbage", () => {
    const root = contentFolder({ "articles/een.mdx": article() });
    writeContentManifest(readContent(root), root);
    const file = contentManifestFile(root);
    const whole = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, whole.slice(0, whole.length / 2));
    expect(readContentManifest(root)).toBeUndefined();
    fs.writeFileSync(file, "\0\0garbage");
    expect(readContentManifest(root)).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(whole), content: { articles: [] } }));
    expect(readContentManifest(root)).toBeUndefined();
    fs.writeFileSync(file, whole);
    expect(readContentManifest(root)).toBeDefined();
    fs.writeFileSync(path.join(root, "articles/een.mdx"), article({ title: '"Een andere, langere titel"' }));
    expect(readContentManifest(root)).toBeUndefined();
  });

  it("is what a production build's loader serves, without parsing the articles again", async () => {
    const root = contentFolder({ "articles/een.mdx": article({ title: '"Zoals gelezen"' }) });
    const content = readContent(root);
    // A manifest whose title differs from the file's shows which of the two the loader served.
    writeContentManifest({ ...content, articles: content.articles.map((a) => ({ ...a, title: "Uit het manifest" })) }, root);
    process.env.CONTENT_DIR = root;
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    const store = await import("./store");
    expect(store.getArticles().map((a) => a.title)).toEqual(["Uit het manifest"]);
  });

  it("stops a production build with the same problems as the loader would", async () => {
    const root = contentFolder({ "articles/kapot.mdx": article({ date: "morgen" }) });
    writeContentManifest(readContent(root), root);
    process.env.CONTENT_DIR = root;
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    const store = await import("./store");
    expect(() => store.getArticles()).toThrow(/kapot\.mdx:3:1 .*\[datum-vorm\]/);
  });
});
