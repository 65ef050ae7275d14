import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx-components";
import { codeOf } from "../check/messages";
import { readContent } from "../content/read";
import { article, contentFolder } from "../../tests/support/content-fixture";
import { parseMdx, renderMdx } from "./compile";
import { mdxLimits } from "./limits";

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- ${i === levels - 1 ? "Diep." : `niveau ${i + 1}`}`).join("\n");
const nestedQuotes = (levels: number) => `${"> ".repeat(levels)}Diep.`;
const nestedComponents = (levels: number) => `${'<PullQuote cite="Tom">\n\n'.repeat(levels)}Diep.\n\n${"</PullQuote>\n\n".repeat(levels)}`;

/** The rule code and body line a body is refused with, or "accepted". */
function verdict(body: string): string {
  const tree = parseMdx(body);
  return "message" in tree ? `${codeOf(tree.message)} at ${tree.line}` : "accepted";
}

async function html(body: string): Promise<string> {
  return renderToStaticMarkup(createElement("div", null, await renderMdx(body, mdxComponents)));
}

describe("the limits that keep every accepted article buildable", () => {
  // The page's compiled bodies go to a folder of this test's own.
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "mdx-limits-"));
  // The first render loads the code highlighter, which takes seconds on a busy machine.
  beforeAll(() => {
    process.env.MDX_CACHE_DIR = cacheDir;
    return html("Warm.");
  }, 120_000);
  afterAll(() => {
    delete process.env.MDX_CACHE_DIR;
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it("refuses 2,000 quote levels on one line, which overflow the compiler's stack, at that line", () => {
    expect(verdict(`Intro.\n\n${">".repeat(2000)} Diep.\n`)).toBe("te-diep-genest at 3");
  });

  it.each([
    ["quotes", nestedQuotes],
    ["lists", nestedList],
    ["components", nestedComponents],
  ])("accepts and renders %s nested up to the limit, and refuses one level more", async (_, nest) => {
    expect(verdict(nest(mdxLimits.nesting))).toBe("accepted");
    expect(await html(nest(mdxLimits.nesting))).toContain("Diep.");
    expect(verdict(nest(mdxLimits.nesting + 1))).toMatch(/^te-diep-genest at \d+$/);
  });

  it("counts inline markup too: 3,000 nested emphases are refused on their line", () => {
    expect(verdict(`Intro.\n\n${"*a ".repeat(3000)}b${"*".repeat(3000)}\n`)).toBe("te-diep-genest at 3");
  });

  it("does not count tags inside a code block or inline code", () => {
    const code = `\`\`\`html\n${"<div>\n".repeat(100)}\`\`\`\n\nGebruik \`<section>\` ${"en `<div>` ".repeat(50)}.\n`;
    expect(verdict(code)).toBe("accepted");
  });

  it("refuses a line over 20,000 characters and a body over 100,000, naming the sizes in Dutch", () => {
    const longLine = parseMdx(`Intro.\n\n${"x".repeat(mdxLimits.lineCharacters + 1)}\n`);
    expect(longLine).toMatchObject({ line: 3, column: 1 });
    expect("message" in longLine && longLine.message).toBe(
      "deze regel is 20.001 tekens lang, langer dan de 20.000 die de site aankan; zet een lege regel tussen de alinea's of splits de tabel of code [regel-te-lang]",
    );
    expect(verdict("Een alinea.\n\n".repeat(8000))).toBe("tekst-te-lang at 1");
    expect(verdict("x".repeat(mdxLimits.lineCharacters))).toBe("accepted");
  });

  it("the content check names the file and line of the too-deep quote; the page refuses to compile it, and caches nothing", async () => {
    const root = contentFolder({ "articles/diep.mdx": article({}, `Intro.\n\n${">".repeat(2000)} Diep.\n`) });
    const problems = readContent(root).problems.map((p) => `${p.file.slice(root.length + 1)}:${p.line} [${codeOf(p.message)}]`);
    expect(problems).toEqual(["articles/diep.mdx:11 [te-diep-genest]"]);
    const before = fs.readdirSync(cacheDir);
    await expect(renderMdx(`${">".repeat(2000)} Diep.\n`, mdxComponents)).rejects.toThrow(/line 1:1: de tekst is hier te diep genest/);
    // One level too deep for the tree, though no line's scan sees it: refused on the compiler's own parse.
    await expect(renderMdx(nestedComponents(mdxLimits.nesting + 1), mdxComponents)).rejects.toThrow(/line \d+:\d+: de tekst is hier te diep genest/);
    // A syntax error: the page gives the check's own words and place.
    const unclosed = "Een <PullQuote cite=\"x\">\n\n</Pull>";
    const refused = parseMdx(unclosed);
    expect("message" in refused && codeOf(refused.message)).toBe("tag-niet-gesloten");
    await expect(renderMdx(unclosed, mdxComponents)).rejects.toThrow("message" in refused ? `MDX refused at line ${refused.line}:${refused.column}: ${refused.message}` : "");
    expect(fs.readdirSync(cacheDir)).toEqual(before);
  });
});
