import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx-components";
import { compilerDigest, mdxCacheKey } from "./cache";
import { precompileMdx, renderMdx } from "./compile";

let dir = "";
const fileOf = (body: string) => path.join(dir, `${mdxCacheKey(body, compilerDigest())}.json`);
const html = async (body: string) => renderToStaticMarkup(createElement("div", null, await renderMdx(body, mdxComponents)));

describe("each body compiled once, cached on disk, run by the page", () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mdx-compiled-"));
    process.env.MDX_CACHE_DIR = dir;
    // The first compile loads the highlighter, which takes seconds on a busy machine.
    await html("Warm.");
  }, 120_000);
  afterAll(() => {
    delete process.env.MDX_CACHE_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the content step compiles each body once; a second run finds all of them; prune drops what no body uses", async () => {
    const articles = ["## Een\n\nTekst.", "```sql\nSELECT 1;\n```", "Nog een *alinea*."].map((body, i) => ({ file: `a${i}.mdx`, body }));
    expect(await precompileMdx(articles)).toEqual({ bodies: 3, compiled: 3, pruned: 0 });
    expect(await precompileMdx(articles, { prune: true })).toEqual({ bodies: 3, compiled: 0, pruned: 1 });
    expect(fs.readdirSync(dir).sort()).toEqual(articles.map((a) => path.basename(fileOf(a.body))).sort());
  });

  it("the page runs the cached code without compiling the body again", async () => {
    const body = "Een alinea over **Kubernetes**.";
    expect(await html(body)).toBe("<div><p>Een alinea over <strong>Kubernetes</strong>.</p></div>");
    // Swap in another body's compiled code under this body's key: the page shows that one.
    await html("Iets *anders*.");
    fs.copyFileSync(fileOf("Iets *anders*."), fileOf(body));
    const entry = JSON.parse(fs.readFileSync(fileOf(body), "utf8")) as { key: string; code: string };
    fs.writeFileSync(fileOf(body), JSON.stringify({ ...entry, key: path.basename(fileOf(body), ".json") }));
    expect(await html(body)).toBe("<div><p>Iets <em>anders</em>.</p></div>");
  });

  it.each([
    ["cut short", (whole: string) => whole.slice(0, whole.length / 2)],
    ["garbage", () => "<<<>>>"],
    ["another shape", () => JSON.stringify(["return {}"])],
  ])("a damaged cache file (%s) is compiled again and rewritten, never served", async (_, damage) => {
    const body = `## Kop\n\nTekst bij ${_}.`;
    const expected = await html(body);
    fs.writeFileSync(fileOf(body), damage(fs.readFileSync(fileOf(body), "utf8")));
    expect(await html(body)).toBe(expected);
    expect(JSON.parse(fs.readFileSync(fileOf(body), "utf8"))).toMatchObject({ key: path.basename(fileOf(body), ".json") });
    expect(await precompileMdx([{ file: "x.mdx", body }])).toMatchObject({ compiled: 0 });
  });

  it("no JavaScript from a body runs or shows: expressions, imports, exports and expression props are dropped", async () => {
    const body = [
      'import { readFileSync } from "node:fs"',
      "export const geheim = 42",
      "",
      "Som: {6 * 7}.",
      "",
      "{globalThis.process.exit(1)}",
      "",
      '<PullQuote cite={geheim} role="ontwikkelaar" {...{ cite: "x" }}>Citaat.</PullQuote>',
    ].join("\n");
    const out = await html(body);
    expect(out).toContain("<p>Som: .</p>");
    expect(out).toContain("Citaat.");
    expect(out).toContain("ontwikkelaar");
    expect(out).not.toMatch(/42|readFileSync|geheim|exit/);
    expect(fs.readFileSync(fileOf(body), "utf8")).not.toMatch(/readFileSync|6 \* 7|globalThis/);
  });
});
