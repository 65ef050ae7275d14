import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx-components";
import { collectHeadings } from "./headings";
import { parseMdx, renderMdx } from "./compile";
import { plainText } from "./plain-text";

const body = [
  "## Voetnoten",
  "",
  "Een bron[^cbs] en nog een[^2], en weer de eerste[^cbs].",
  "",
  "Tabel: Bruto maandsalaris per rol",
  "",
  "| Rol | Bruto per maand | Opmerking |",
  "| :--- | ---: | :---: |",
  "| Junior | € 3.000 | start |",
  "",
  "| Zonder | bijschrift |",
  "| --- | --- |",
  "| a | b |",
  "",
  "~~exacte~~ cijfers, zie https://www.cbs.nl of /artikelen.",
  "",
  "{/* foto toevoegen */}",
  "",
  "- [x] CV bijgewerkt",
  "- [ ] Portfolio",
  "",
  "[^cbs]: CBS, 2025.",
  "[^2]: Tweede bron.",
].join("\n");

async function html(source: string): Promise<string> {
  const element = await renderMdx(source, mdxComponents);
  return renderToStaticMarkup(createElement("div", null, element));
}

describe("GitHub-flavoured Markdown on the page", () => {
  let out = "";
  // The first render loads the code highlighter, which takes a while on a busy machine.
  beforeAll(async () => {
    out = await html(body);
  }, 120_000);

  it("renders a table with column headers, alignment and a caption, in a focusable labelled region", () => {
    expect(out).toContain('<div class="table-scroll" role="region" tabindex="0" aria-labelledby="tabel_1"><table><caption id="tabel_1"><span>Bruto maandsalaris per rol</span></caption>');
    expect(out).toContain('<th scope="col" data-align="left">Rol</th><th scope="col" data-align="right">Bruto per maand</th><th scope="col" data-align="center">Opmerking</th>');
    expect(out).toContain('<td data-align="right">€ 3.000</td>');
    expect(out).not.toContain("Tabel: Bruto");
    expect(out).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel 2"><table><thead>');
    expect(out).not.toMatch(/\salign=/);
  });

  it("renders footnotes under a Dutch heading with Dutch back-links and ids no heading can take", () => {
    expect(out).toContain('<a href="#voetnoot_fn-cbs" id="voetnoot_fnref-cbs" data-footnote-ref="true" aria-describedby="voetnoten_kop">1</a>');
    expect(out).toContain('<h2 id="voetnoten_kop" class="footnotes-heading">Voetnoten</h2>');
    expect(out).toContain('aria-label="Terug naar de tekst bij voetnoot 1"');
    expect(out).toContain('aria-label="Terug naar de tekst bij voetnoot 1 (2e verwijzing)"');
    // The editor's own "## Voetnoten" keeps its id; every id on the page is unique.
    const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain("voetnoten");
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.filter((i) => i !== "voetnoten")) expect(id).toContain("_");
  });

  it("leaves an editor's heading alone even when its id is the one the footnote tools use", async () => {
    const page = await html("## Footnote label\n\nTekst[^1].\n\n[^1]: Bron.\n");
    expect(page).toContain('<h2 id="footnote-label">Footnote label</h2>');
    expect(page).toContain('<h2 id="voetnoten_kop" class="footnotes-heading">Voetnoten</h2>');
  });

  it("keeps the footnotes out of the table of contents", () => {
    const tree = parseMdx(body);
    if ("reason" in tree) throw new Error(tree.reason);
    expect(collectHeadings(tree).map((h) => h.text)).toEqual(["Voetnoten"]);
  });

  it("renders strikethrough, read-only labelled checkboxes and bare addresses as safe links", () => {
    expect(out).toContain("<del>exacte</del>");
    expect(out).toContain('<label class="task-label"><input type="checkbox" disabled="" checked=""/> CV bijgewerkt</label>');
    expect(out).toContain('<label class="task-label"><input type="checkbox" disabled=""/> Portfolio</label>');
    expect(out).toContain('<a href="https://www.cbs.nl" rel="noopener noreferrer">https://www.cbs.nl</a>');
    expect(out).not.toMatch(/\[\^|~~|\[x\]|\| Rol/);
  });

  it("keeps an editor's note off the page and out of the search text", () => {
    expect(out).not.toContain("foto toevoegen");
    const tree = parseMdx(body);
    if ("reason" in tree) throw new Error(tree.reason);
    expect(plainText(tree)).not.toContain("foto toevoegen");
    expect(plainText(tree)).toContain("Bruto maandsalaris per rol");
  });
});
