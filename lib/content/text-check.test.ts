import { describe, expect, it } from "vitest";
import { codeOf } from "../check/messages";
import { parseMdx } from "../mdx/compile";
import type { Speller } from "../spelling/speller";
import { splitFrontmatter } from "./frontmatter";
import { createTextCheck } from "./text-check";

/** A speller that knows every word except those starting with "zz", so a test sees exactly which text is checked. */
const speller: Speller = { isKnown: (w) => !/^zz/i.test(w), suggest: () => ["zonder"] };
const check = createTextCheck(speller);

function warnings(source: string) {
  const split = splitFrontmatter("a.mdx", source);
  if ("message" in split) throw new Error(split.message);
  const tree = parseMdx(split.body);
  if ("reason" in tree) throw new Error(tree.reason);
  return check({ file: "a.mdx", split, tree });
}

const spelt = (source: string) => warnings(source).filter((p) => codeOf(p.message) === "spelling").map((p) => `${p.line}:${p.column} ${p.message.slice(0, p.message.indexOf('"', 1) + 1)}`);

const article = (body: string, title = "Een titel", excerpt = "Een samenvatting.") => `---\ntitle: "${title}"\ndate: 2025-02-10\nexcerpt: "${excerpt}"\n---\n\n${body}\n`;

describe("the text check spells what a reader sees", () => {
  it("the title, the excerpt, prose, headings, list items, table cells, link text, image descriptions and pull quotes", () => {
    const body = [
      "Tekst met zzproza erin.", // 7
      "",
      "## Kop met zzkop", // 9
      "",
      "- een zzlijst", // 11
      "",
      "| Rol | zzcel |", // 13
      "| --- | --- |",
      "| a | b |",
      "",
      "Zie [de zzlink](https://voorbeeld.nl) en ![Een zzfoto](/images/x.png).", // 17
      "",
      '<PullQuote cite="Tom">',
      "Een zzcitaat.", // 20
      "</PullQuote>",
    ].join("\n");
    expect(spelt(article(body, "Titel zztitel", "Over zzsamenvatting."))).toEqual([
      '2:15 "zztitel"',
      "4:16 \"zzsamenvatting\"",
      '7:11 "zzproza"',
      '9:12 "zzkop"',
      '11:7 "zzlijst"',
      '13:9 "zzcel"',
      '17:9 "zzlink"',
      '17:48 "zzfoto"',
      '20:5 "zzcitaat"',
    ]);
  });

  it("never code, inline code, addresses, component names, props or editor notes", () => {
    const body = [
      "Tekst met `zzinline` erin, een adres https://zzadres.nl/zzpad en www.zzweb.nl.",
      "",
      "```bash",
      "zzcode --zzvlag",
      "```",
      "",
      "[https://zzlink.nl](https://zzlink.nl) en mail@zzmail.nl.",
      "",
      '<PullQuote cite="Zzcite" role="zzrol">',
      "Gewone tekst.",
      "</PullQuote>",
      "",
      "{/* zznotitie */}",
    ].join("\n");
    expect(spelt(article(body))).toEqual([]);
  });

  it("gives every warning as a warning, with the suggestions", () => {
    const [problem] = warnings(article("Een zzfout."));
    expect(problem).toMatchObject({ file: "a.mdx", line: 7, column: 5, severity: "warning" });
    expect(problem!.message).toBe('"zzfout" staat niet in het woordenboek; bedoel je "zonder"? Is het toch goed gespeld (een naam of vakterm), zet het dan in content/woordenlijst.txt [spelling]');
  });
});

describe("the text check's readability hints", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? "Woord" : "woord")).join(" ");
  it("warns about a sentence of more than 30 words at the line where it starts, not about one of 30", () => {
    const body = `${words(30)}.\n\nKort. ${words(31)}.`;
    const found = warnings(article(body)).map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(found).toEqual(["9:7 deze zin heeft 31 woorden, meer dan 30; lange zinnen lezen zwaar, vooral op een telefoon: maak er twee of drie zinnen van [zin-te-lang]"]);
  });
  it("warns about a paragraph of more than 120 words, not about one of 120", () => {
    const sentences = (n: number) => Array.from({ length: n / 10 }, () => `${words(10)}.`).join(" ");
    const found = warnings(article(`${sentences(120)}\n\n${sentences(130)}`)).map((p) => `${p.line}:${p.column} ${codeOf(p.message)}`);
    expect(found).toEqual(["9:1 alinea-te-lang"]);
  });
  it("leaves headings and table cells out of sentence lengths", () => {
    expect(warnings(article(`## ${words(40)}\n\n| ${words(40)} |\n| --- |\n| a |`))).toEqual([]);
  });
});
