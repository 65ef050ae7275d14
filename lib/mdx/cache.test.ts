import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilerDigest, compilerSources, mdxCacheKey, pruneCompiled, readCompiled, writeCompiled } from "./cache";

const repository = path.resolve(import.meta.dirname, "../..");

/** A small project: a compiler folder whose plugin imports a file outside it, and one installed package. */
function project(): { root: string; write: (file: string, text: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mdx-digest-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write("lib/mdx/compile.tsx", 'import { plugin } from "./plugin";\nexport const run = plugin;\n');
  write("lib/mdx/plugin.ts", 'import { slug } from "../tags";\nexport const plugin = () => slug;\n');
  write("lib/mdx/plugin.test.ts", "test file\n");
  write("lib/tags.ts", 'export const slug = "a";\n');
  write("lib/unrelated.ts", "export const x = 1;\n");
  write("node_modules/@mdx-js/mdx/package.json", '{ "version": "3.1.1" }');
  return { root, write };
}

describe("the compiled MDX cache's key", () => {
  it("covers every module of lib/mdx and the project files they import, and no tests", () => {
    const sources = compilerSources(repository);
    expect(sources).toEqual(expect.arrayContaining(["lib/mdx/compile.tsx", "lib/mdx/compiler.ts", "lib/mdx/headings.ts", "lib/mdx/gfm.ts", "lib/images/remark-figures.ts", "lib/tags.ts", "lib/strings.ts"]));
    expect(sources.filter((file) => file.includes(".test."))).toEqual([]);
  });

  it("changes when a plugin in lib/mdx, a file it imports or a compiler package changes; not for other files", () => {
    const { root, write } = project();
    const digests = [compilerDigest(root)];
    write("lib/unrelated.ts", "export const x = 2;\n");
    write("lib/mdx/plugin.test.ts", "changed test file\n");
    expect(compilerDigest(root)).toBe(digests[0]);
    write("lib/mdx/plugin.ts", 'import { slug } from "../tags";\nexport const plugin = () => slug + "!";\n');
    digests.push(compilerDigest(root));
    write("lib/tags.ts", 'export const slug = "b";\n');
    digests.push(compilerDigest(root));
    write("node_modules/@mdx-js/mdx/package.json", '{ "version": "3.2.0" }');
    digests.push(compilerDigest(root));
    write("lib/mdx/new-plugin.ts", "export const added = 1;\n");
    digests.push(compilerDigest(root));
    expect(new Set(digests).size).toBe(digests.length);
    // So every body gets a new key: nothing compiled by the old plugins is found.
    expect(new Set(digests.map((d) => mdxCacheKey("Een alinea.", d))).size).toBe(digests.length);
    expect(mdxCacheKey("Een alinea.", digests[0]!)).not.toBe(mdxCacheKey("Een alinea!", digests[0]!));
  });
});

describe("the compiled MDX cache's files", () => {
  const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), "mdx-cache-"));

  it("returns what was written, atomically (no temporary file left), and removes entries no body uses", () => {
    const dir = folder();
    writeCompiled(dir, "a".repeat(40), "return {default: () => null}");
    writeCompiled(dir, "b".repeat(40), "return {}");
    expect(readCompiled(dir, "a".repeat(40))).toBe("return {default: () => null}");
    expect(readCompiled(dir, "c".repeat(40))).toBeUndefined();
    expect(fs.readdirSync(dir).sort()).toEqual([`${"a".repeat(40)}.json`, `${"b".repeat(40)}.json`]);
    expect(pruneCompiled(dir, new Set(["a".repeat(40)]))).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([`${"a".repeat(40)}.json`]);
  });

  it.each([
    ["cut short", (whole: string) => whole.slice(0, whole.length - 10)],
    ["garbage", () => "\u0000\u0001 niet eens JSON"],
    ["empty", () => ""],
    ["another shape", () => JSON.stringify({ compiled: "return {}" })],
    ["another key's entry", () => JSON.stringify({ key: "f".repeat(40), code: "return {}" })],
    ["code that is not text", () => JSON.stringify({ key: "a".repeat(40), code: 42 })],
    ["no code", () => JSON.stringify({ key: "a".repeat(40), code: "" })],
    ["null", () => "null"],
  ])("never serves a damaged file (%s)", (_, damage) => {
    const dir = folder();
    writeCompiled(dir, "a".repeat(40), "return {default: () => null}");
    const file = path.join(dir, `${"a".repeat(40)}.json`);
    fs.writeFileSync(file, damage(fs.readFileSync(file, "utf8")));
    expect(readCompiled(dir, "a".repeat(40))).toBeUndefined();
  });
});
