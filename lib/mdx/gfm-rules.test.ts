import { describe, expect, it } from "vitest";
import type { SiteContext } from "./rules";
import { checkBody } from "../../tests/support/mdx-check";

const context: SiteContext = { pageExists: () => true, publicFileExists: () => true };

const check = (body: string) => checkBody(body, context);

describe("GitHub-flavoured Markdown in the check", () => {
  it("accepts tables, footnotes, strikethrough, task lists, bare addresses and editor notes", () => {
    const body = [
      "Tabel: Salarissen",
      "",
      "| Rol | Bruto | Opmerking |",
      "| :--- | ---: | :---: |",
      "| Junior | € 3.000 | start |",
      "| Medior | € 4.200 |",
      "",
      "Een bron[^cbs], nog een[^2] en dezelfde weer[^cbs]. ~~Oud~~ en https://www.cbs.nl.",
      "",
      "- [x] CV bijgewerkt",
      "- [ ] Portfolio",
      "",
      "{/* foto toevoegen */}",
      "",
      "Tekst {/* ook midden in een zin */} loopt door.",
      "",
      "[^cbs]: CBS, 2025.",
      "[^2]: Tweede bron.",
    ].join("\n");
    expect(check(body)).toEqual([]);
  });

  it("reports a table row with more cells than its header at the first extra cell", () => {
    expect(check("Intro.\n\n| Rol | Bruto |\n| --- | --- |\n| Junior | 3.000 | 3.400 | x |\n")).toEqual([
      {
        line: 5,
        column: 18,
        message: "deze tabelrij heeft 4 cellen, maar de kopregel maar 2; alles vanaf cel 3 zou verdwijnen. Haal de extra cellen weg of voeg kolommen toe aan de kopregel en de regel met --- [tabel-kolommen]",
      },
    ]);
  });

  it("reports a footnote reference without a text where it stands, also on a later line of a paragraph", () => {
    expect(check("Intro.\n\nEerste regel\nen een bron[^cbs] hier.\n")).toEqual([
      {
        line: 4,
        column: 12,
        message: 'voetnoot [^cbs] heeft geen tekst en zou als [^cbs] op de pagina staan; schrijf onderaan een regel "[^cbs]: de tekst van de voetnoot" [voetnoot-ontbreekt]',
      },
    ]);
  });

  it("reports a footnote that is never used, at its definition, with the label as typed", () => {
    expect(check("Een bron[^1].\n\n[^1]: Eerste.\n[^Extra]: Nooit gebruikt.\n")).toEqual([
      {
        line: 4,
        column: 1,
        message: "voetnoot [^Extra] wordt nergens in de tekst gebruikt en zou verdwijnen; zet [^Extra] achter de zin waar hij bij hoort, of haal de voetnoot weg [voetnoot-ongebruikt]",
      },
    ]);
  });

  it.each([
    ["{/* een */ 1}", "{/* een */ 1}"],
    ["{/* een */ /* twee */}", "{/* een */ /* twee */}"],
  ])("allows only one slash-star comment between braces: %s is code", (snippet) => {
    expect(check(`Intro.\n\n${snippet}\n`).map((p) => p.message)).toEqual([expect.stringMatching(/ is code; .* \[code-in-tekst\]$/)]);
  });
});
