import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx-components";
import { codeOf } from "../check/messages";
import { renderMdx } from "../mdx/compile";
import { readContent } from "./read";

/*
 * Property: every mutation of a real article is either accepted by the content check, and then
 * compiles and renders to HTML with the page's own code, its text in the HTML; or refused with a
 * line in the file, a Dutch message and a rule code. Never a thrown stack trace, never a hang, never
 * accepted-then-fails-to-render. 60 runs in `npm run test:unit`; `npm run fuzz` runs 1,000
 * (FUZZ_RUNS, FUZZ_SEED to repeat a run).
 */

const runs = Number(process.env.FUZZ_RUNS ?? 60);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Per input: the check and the render of one article, on a busy machine. */
const timeLimitMs = 20_000;

const source = path.resolve(import.meta.dirname, "../../content");
const articles = fs.readdirSync(path.join(source, "articles")).filter((n) => n.endsWith(".mdx")).sort();
const original = (name: string) => fs.readFileSync(path.join(source, "articles", name), "utf8");

type Mutation = (text: string) => string;

/** Splits a file into its frontmatter lines and its body (the real articles all have both). */
function parts(text: string): { front: string[]; body: string } {
  const end = text.indexOf("\n---", 4);
  return { front: text.slice(4, end).split("\n"), body: text.slice(end + 5) };
}
const join = (front: string[], body: string) => `---\n${front.join("\n")}\n---\n${body}`;

const field = fc.constantFrom("title", "date", "author", "excerpt", "tags", "draft", "updated", "tittle", "lang");
const yamlValue = fc.constantFrom(
  "123", "true", "null", "~", "[]", "[a, b]", "{a: 1}", '"x', "'it''s'", "'", '"met: dubbele punt"', "met: dubbele punt", "|\n  blok", ">-\n  gevouwen",
  "2025-02-30", "2025-13-01", "10-02-2025", "\"\"", "*anker", "&anker x", "!!binary aGk=", "\"\\u0000\"", "\t\"tab\"", "Ã©Ã¨ mojibake", "\uFFFD", "Привет", "🚀 raket",
);

const frontmatterMutations: fc.Arbitrary<Mutation>[] = [
  fc.tuple(field, yamlValue).map(([k, v]) => (t: string) => {
    const { front, body } = parts(t);
    const i = front.findIndex((l) => l.startsWith(`${k}:`));
    if (i === -1) front.push(`${k}: ${v}`);
    else front[i] = `${k}: ${v}`;
    return join(front, body);
  }),
  fc.tuple(fc.nat(8), fc.constantFrom(" ", "  ", "\t", "    ")).map(([n, indent]) => (t: string) => {
    const { front, body } = parts(t);
    const i = n % front.length;
    front[i] = `${indent}${front[i]}`;
    return join(front, body);
  }),
  fc.nat(8).map((n) => (t: string) => {
    const { front, body } = parts(t);
    front.push(front[n % front.length]!);
    return join(front, body);
  }),
  fc.constant((t: string) => `\uFEFF${t}`),
  fc.constant((t: string) => t.replace(/\r?\n/g, "\r\n")),
  fc.constant((t: string) => t.replace(/^---\n/, "--- \n")),
  fc.constant((t: string) => t.replace(/^---\n/, "")),
  fc.constant((t: string) => t.replace(/\n---\n/, "\n")),
  fc.constantFrom("\u0000", "\uD800", "\u202E", "\u200B").map((c) => (t: string) => t.replace('title: "', `title: "${c}`)),
];

const nest = (n: number, open: string, close = "") => `${open.repeat(n)}tekst${close.repeat(n)}`;
const snippet = fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => nest(n, ">")),
  fc.integer({ min: 1, max: 400 }).map((n) => nest(n, "> ")),
  fc.integer({ min: 1, max: 120 }).map((n) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- punt ${i}`).join("\n")),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'<PullQuote cite="Tom">\n\n'.repeat(n)}tekst\n\n${"</PullQuote>\n\n".repeat(n)}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => nest(n, "*a ", "*")),
  fc.integer({ min: 1, max: 2000 }).map((n) => nest(n, "[", "](/)")),
  fc.constantFrom(
    "{1 + 1}", "\\{letterlijk\\}", "{/* notitie */}", "{", "}", "a < b", "<3", "\\<3", "<div>x</div>", "<b>vet</b>", "<br/>", "<!-- noot -->",
    "&amp; &lt; &#x1F600; &bogus; &#0;", "<PullQuote cite=\"Tom\">\n\nCitaat\n\n</PullQuote>", "<PullQuote>\nx\n</PullQuote>", "<Pullquote cite=\"x\">y</Pullquote>",
    "<PullQuote cite={x}>y</PullQuote>", "<PullQuote cite=\"a\" onClick=\"b\">c</PullQuote>", "<>x</>", "import x from 'y'", "export const a = 1",
    "\u202Eomgekeerd\u202C", "z\u200Bw\u200Dj", "e\u0301\u0301\u0301", "🚀👩🏽‍💻🇳🇱", "\uD800", "\u0000", "\uFFFE", "Привет мир", "مرحبا",
    "| a | b |\n| --- | --- |\n| 1 | 2 |", "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |", "| a |\n| --- |", "tekst[^1]\n\n[^1]: noot", "[^x]: ongebruikt", "tekst[^y]",
    "```js\nconst a = {1};\n```", "```\nopen fence", "~~~\n<div>\n~~~", "    ingesprongen code", "`inline <code>`",
    "# Eén", "### Drie", "###### Zes", "Setext\n===", "---", "***", "- [ ] taak\n- [x] klaar", "1) een\n2) twee", "~~weg~~", "https://www.cbs.nl",
    "![](/images/x.png)", "![alt](https://voorbeeld.nl/a.png)", "![alt](/images/bestaat-niet.jpg)", "[ref]\n\n[ref]: /artikelen", "\\", "*", "_", "**", "[", "]", "(",
  ),
  fc.constantFrom("javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "ftp://x.nl", "mailto:a@b.nl",
    "tel:+31", "https://x.nl", "http://x.nl", "//x.nl", "x.nl", "#anker", "/artikelen", "/artikelen/bestaat-niet", "/tags/it", "?q=1", "").map((url) => `[link](${url})`),
  fc.tuple(fc.constantFrom("woord ", "a", "x ", "é"), fc.integer({ min: 100, max: 25_000 })).map(([w, n]) => w.repeat(Math.ceil(n / w.length))),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const bodyMutation: fc.Arbitrary<Mutation> = fc.tuple(snippet, fc.nat(), fc.boolean()).map(([text, at, inline]) => (t: string) => {
  const { front, body } = parts(t);
  const blocks = body.split("\n\n");
  const i = at % blocks.length;
  blocks[i] = inline ? `${blocks[i]} ${text}` : `${blocks[i]}\n\n${text}`;
  return join(front, blocks.join("\n\n"));
});

const input = fc.record({
  article: fc.constantFrom(...articles),
  mutations: fc.array(fc.oneof({ weight: 1, arbitrary: fc.oneof(...frontmatterMutations) }, { weight: 3, arbitrary: bodyMutation }), { minLength: 1, maxLength: 3 }),
});

/** Inputs that once broke the pipeline, kept as fixed cases: 2,000 quote levels crashed the build with "Maximum call stack size exceeded". */
const regressions: [string, string[]][] = [[articles[0]!, [">".repeat(2000) + " Diep."]]];

const stats = { runs: 0, accepted: 0, refused: 0, codes: new Map<string, number>() };
let root = "";

/** Strips tags and decodes the few entities React writes, to find an article's words in its HTML. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

async function check(name: string, text: string): Promise<void> {
  const file = path.join(root, "articles", name);
  fs.writeFileSync(file, text);
  const started = performance.now();
  try {
    const { articles: read, problems } = readContent(root);
    const errors = problems.filter((p) => p.severity !== "warning");
    stats.runs++;
    if (errors.length > 0) {
      stats.refused++;
      for (const p of errors) {
        const lines = (path.resolve(p.file) === file ? text : fs.readFileSync(p.file, "utf8")).split("\n").length;
        const code = codeOf(p.message);
        expect(code, p.message).toBeDefined();
        stats.codes.set(code!, (stats.codes.get(code!) ?? 0) + 1);
        expect(p.line, `${p.file}:${p.line} ${p.message}`).toBeGreaterThanOrEqual(1);
        expect(p.line, `${p.file}:${p.line} ${p.message}`).toBeLessThanOrEqual(Math.max(lines, 1));
        expect(p.file).toMatch(/\.mdx?$/);
        // Dutch for an editor: no bare English exception text in front of the rule code.
        expect(p.message).not.toMatch(/^(Error|TypeError|RangeError)\b/);
      }
      return;
    }
    stats.accepted++;
    const article = read.find((a) => a.file === file || a.file.endsWith(`articles/${name}`))!;
    expect(article).toBeDefined();
    const html = renderToStaticMarkup(createElement("div", null, await renderMdx(article.body, mdxComponents)));
    const words = article.text.match(/[A-Za-z]{5,}/g) ?? [];
    if (words.length > 0) expect(textOf(html)).toContain(words[0]);
  } finally {
    fs.writeFileSync(file, original(name));
    expect(performance.now() - started, "one input took too long").toBeLessThan(timeLimitMs);
  }
}

describe("the content pipeline on mutated real articles", () => {
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-content-"));
    fs.cpSync(source, root, { recursive: true });
    // The first render loads the code highlighter.
    await renderMdx("Warm.", mdxComponents);
  }, 120_000);

  afterAll(() => {
    const codes = [...stats.codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ");
    console.log(`Content pipeline property: ${stats.runs} inputs, ${stats.accepted} accepted, ${stats.refused} refused (${codes})`);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it.each(regressions)("a fixed regression case on %s is refused or built", async (name, snippets) => {
    const { front, body } = parts(original(name));
    await check(name, join(front, `${body}\n\n${snippets.join("\n\n")}\n`));
  });

  it(`accepts-and-renders or refuses-at-a-line every input (${runs} runs)`, { timeout: 120_000 + runs * 5_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ article, mutations }) => {
        await check(article, mutations.reduce((t, m) => m(t), original(article)));
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    );
  });
});
