import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeOf } from "../check/messages";
import { splitFrontmatter } from "../content/frontmatter";
import { parseMdx } from "../mdx/compile";
import { siteTextCheck } from "./site";

/*
 * The acceptance test: twenty typical typos (letters swapped, doubled, missing or wrong) in
 * ordinary words of a copy of the seed article. At least eighteen must be warned at their lines,
 * and no correct word may be warned about.
 */

const root = path.resolve(import.meta.dirname, "../../content");
const seed = fs.readFileSync(path.join(root, "articles/werken-in-it-consultancy.mdx"), "utf8");

/** [correct text as it stands in the seed article, the same text with a typo]. */
const typos: [string, string][] = [
  ["vertrouwen.", "vertruowen."], // swapped, in the excerpt
  ["belangrijk deel", "belangrjik deel"], // swapped
  ["kennis is essentieel", "kennis is essentiel"], // missing
  ["door iets anders: communicatie", "door iets anders: communicattie"], // doubled
  ["Ze vertalen", "Ze vertallen"], // doubled
  ["analyseert problemen", "analyseet problemen"], // missing
  ["begeleidt de implementatie", "begeliedt de implementatie"], // swapped
  ["bezig met schakelen", "bezig met schakeken"], // wrong, inside a pull quote
  ["bij verschillende organisaties", "bij verschillende organisatis"], // missing
  ["brede ervaring op", "brede erfaring op"], // wrong
  ["maar ook leerzaam", "maar ook leerzam"], // missing
  ["Dat is geen toeval", "Dat is geen toevel"], // wrong
  ["Omgaan met weerstand en verandering", "Omgaan met weerstand en veranderring"], // doubled, in a list
  ["omdat gebruikers niet", "omdat gebruikres niet"], // swapped
  ["IT-consultants luisteren", "IT-consultants luisteern"], // swapped
  ["je verdiepen in techniek", "je verdiepne in techniek"], // swapped
  ["of strategie.", "of stratgie."], // missing
  ["- Afwisseling zoeken", "- Afwiseling zoeken"], // missing, capital at the start
  ["een zeer waardevolle", "een zeer waardefolle"], // wrong
  ["Het echte werk begint", "Het echte werk begjnt"], // wrong, inside a pull quote
];

function withTypos(): { source: string; expected: { word: string; line: number }[] } {
  let source = seed;
  for (const [correct, typo] of typos) {
    expect(source, correct).toContain(correct);
    source = source.replace(correct, typo);
  }
  const expected = typos.map(([correct, typo]) => {
    const word = typo.split(/[\s.:-]+/).find((w, i) => w !== correct.split(/[\s.:-]+/)[i])!;
    const line = source.slice(0, source.indexOf(typo)).split("\n").length;
    return { word, line };
  });
  return { source, expected };
}

function spellingWarnings(source: string) {
  const split = splitFrontmatter("artikel.mdx", source);
  if ("message" in split) throw new Error(split.message);
  const tree = parseMdx(split.body);
  if ("reason" in tree) throw new Error(tree.reason);
  return siteTextCheck(root)({ file: "artikel.mdx", split, tree }).filter((p) => codeOf(p.message) === "spelling");
}

describe("twenty typical typos in the seed article", () => {
  it("are warned at their lines (at least 18 of 20), with no warning on a correct word", () => {
    const { source, expected } = withTypos();
    const warnings = spellingWarnings(source);
    const caught = expected.filter(({ word, line }) => warnings.some((w) => w.line === line && w.message.startsWith(`"${word}"`)));
    const missed = expected.filter((e) => !caught.includes(e)).map((e) => e.word);
    console.log(`typos caught: ${caught.length}/20; missed: ${missed.join(", ") || "none"}`);
    expect(caught.length, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(18);
    const falseAlarms = warnings.filter((w) => !expected.some((e) => w.message.startsWith(`"${e.word}"`)));
    expect(falseAlarms.map((w) => `${w.line}: ${w.message}`)).toEqual([]);
    for (const w of warnings) expect(w.severity).toBe("warning");
  });

  it("the seed article itself gets no spelling warning", () => {
    expect(spellingWarnings(seed)).toEqual([]);
  });
});
