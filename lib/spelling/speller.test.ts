import { describe, expect, it } from "vitest";
import type { Dictionary } from "./dictionary";
import { siteSpeller } from "./site";
import { createSpeller } from "./speller";
import { tokenize } from "./tokenize";
import path from "node:path";

/** A tiny dictionary, so the compound rules are pinned without the real one. */
const tiny: Dictionary = {
  has: (w) => ["beroep", "keuze", "pannen", "koek", "ziekte", "verzuim", "team", "huis", "werk", "dag", "toe", "vel"].includes(w),
  suggest: (w) => (w === "hius" ? ["huis"] : []),
};

describe("the speller's compounds (a tiny dictionary)", () => {
  const speller = createSpeller(tiny, ["cloud"]);
  it.each([
    ["teamhuis", "two known parts"],
    ["beroepskeuze", "a linking -s-"],
    ["pannenkoek", "a plural first part"],
    ["ziekteverzuim", "a first part ending in -e"],
    ["huizenteam", "no: huizen is not a known part"],
  ])("%s (%s)", (word, why) => {
    expect(speller.isKnown(word)).toBe(!why.startsWith("no"));
  });
  it("accepts a hyphenated compound when each part is known, and an extra word as a part", () => {
    expect(speller.isKnown("team-huis")).toBe(true);
    expect(speller.isKnown("cloudteam")).toBe(true);
    expect(speller.isKnown("team-hius")).toBe(false);
  });
  it("refuses parts shorter than four letters, except a common short tail at the end", () => {
    expect(speller.isKnown("toevel")).toBe(false);
    expect(speller.isKnown("werkdag")).toBe(true);
  });
  it("accepts a capital at the start, capitals-only abbreviations and stress accents, not a capital inside", () => {
    expect(speller.isKnown("Teamhuis")).toBe(true);
    expect(speller.isKnown("HBO")).toBe(true);
    expect(speller.isKnown("húis")).toBe(true);
    expect(speller.isKnown("teamHuis")).toBe(false);
  });
  it("suggests corrections only when asked, once per word", () => {
    let calls = 0;
    const counting = createSpeller({ ...tiny, suggest: (w, n) => (calls++, tiny.suggest(w, n)) });
    expect(counting.isKnown("hius")).toBe(false);
    expect(calls).toBe(0);
    expect(counting.suggest("Hius")).toEqual(["Huis"]);
    counting.suggest("Hius");
    expect(calls).toBe(1);
  });
});

describe("the site's speller (Dutch dictionary, IT terms, content/woordenlijst.txt)", () => {
  const speller = siteSpeller(path.resolve(import.meta.dirname, "../../content"));
  it.each(["cloudmigraties", "ticketingtool", "datawarehouse", "orchestratietools", "techteams", "IT-basiskennis", "enterprise-architecten", "níet", "medior", "teamlead", "developers", "loopbaanpad", "Stakeholdermanagement"])(
    "accepts %s",
    (word) => expect(speller.isKnown(word)).toBe(true),
  );
  it.each(["ontwikelaar", "orgnisatie", "beslising", "werkgeevr", "communicattie"])("warns about %s", (word) => expect(speller.isKnown(word)).toBe(false));
});

describe("tokenize", () => {
  it("keeps apostrophes and hyphens inside words and leaves out addresses, numbers and file names", () => {
    const words = tokenize("Risico's voor IT-consultants: zie https://voorbeeld.nl/pagina, mail@voorbeeld.nl, H2O, 2025-02-10 en content/README.md.").map((t) => t.word);
    expect(words).toEqual(["Risico's", "voor", "IT-consultants", "zie", "en"]);
  });
});
