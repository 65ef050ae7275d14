import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../content/read";
import { codeOf, type RuleCode } from "./messages";

/**
 * lib/fixtures/broken holds one broken article per rule of the content check (and one valid one).
 * Each row is the exact file, line, column, Dutch message and rule code an editor sees (the message
 * ends with its code in brackets).
 */
const expected: [file: string, line: number, column: number, message: string, code: RuleCode][] = [
  ["bad-jsx.mdx",12,1,"een tag is niet af; sluit hem met > (de MDX-lezer meldt: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag)","tag-niet-af"],
  ["data-link.mdx",9,6,"een link naar een \"data:\"-adres is niet toegestaan; gebruik een adres dat met https:// begint of een pagina van deze site","onveilig-adres"],
  ["dead-internal-link.mdx",9,6,"link naar /artikelen/bestaat-niet, een pagina die (nog) niet bestaat; controleer het adres","link-bestaat-niet"],
  ["dead-internal-link.mdx",9,40,"link naar /tags/onbekend, een pagina die (nog) niet bestaat; controleer het adres","link-bestaat-niet"],
  ["empty-author.mdx",4,1,"author: dit veld is leeg; schrijf de waarde achter \"author:\"","veld-leeg"],
  ["event-handler.mdx",11,23,"\"onClick\" op <PullQuote> is niet toegestaan: een artikel kan geen code uitvoeren; haal het weg","event-handler"],
  ["expression-prop.mdx",11,12,"de prop cite van <PullQuote> staat tussen { } en zou verdwijnen; schrijf cite=\"tekst\"","prop-code"],
  ["expression-text.mdx",9,10,"{1 + 1} is code; die wordt geblokkeerd en zou van de pagina verdwijnen. Haal de accolades weg, schrijf \\{ voor een gewone accolade, of maak er een notitie van: {/* … */}","code-in-tekst"],
  ["footnote-missing.mdx",9,28,"voetnoot [^cbs] heeft geen tekst en zou als [^cbs] op de pagina staan; schrijf onderaan een regel \"[^cbs]: de tekst van de voetnoot\"","voetnoot-ontbreekt"],
  ["footnote-unused.mdx",12,1,"voetnoot [^2] wordt nergens in de tekst gebruikt en zou verdwijnen; zet [^2] achter de zin waar hij bij hoort, of haal de voetnoot weg","voetnoot-ongebruikt"],
  ["heading-skip.mdx",11,1,"een kop van niveau 3 volgt op niveau 1; gebruik hier ##, zodat er geen niveau wordt overgeslagen","kop-overgeslagen"],
  ["html-comment.mdx",11,2,"een notitie als <!-- … --> werkt hier niet; schrijf {/* je notitie */}: die blijft in het bestand en komt niet op de site (de MDX-lezer meldt: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`))","html-commentaar"],
  ["image-without-alt.mdx",9,1,"afbeelding zonder beschrijving (alt-tekst); beschrijf tussen de [ ] wat er op de afbeelding staat","alt-tekst"],
  ["import-export.mdx",9,1,"import en export horen niet in een artikel; haal deze regel weg","import-export"],
  ["impossible-date.mdx",3,1,"date: deze datum bestaat niet in de kalender; er staat \"2025-02-30\"","datum-bestaat-niet"],
  ["javascript-link.mdx",9,6,"een link naar een \"javascript:\"-adres is niet toegestaan; gebruik een adres dat met https:// begint of een pagina van deze site","onveilig-adres"],
  ["js-frontmatter.mdx",1,4,"de frontmatter moet gewone YAML zijn: haal \"js\" weg achter de eerste --- (code in de frontmatter is niet toegestaan)","frontmatter-yaml"],
  ["long-excerpt.mdx",5,1,"excerpt: de samenvatting is langer dan 200 tekens (231 tekens); maak haar korter, zodat ze in een zoekresultaat past","samenvatting-te-lang"],
  ["missing-excerpt.mdx",1,1,"excerpt: dit verplichte veld ontbreekt; voeg een regel \"excerpt: …\" toe aan de frontmatter","veld-ontbreekt"],
  ["missing-image.mdx",9,1,"afbeelding /images/bestaat-niet.jpg bestaat niet; zet het bestand in public/images/bestaat-niet.jpg","afbeelding-ontbreekt"],
  ["missing-prop.mdx",11,1,"<PullQuote> mist de prop cite=\"…\"; voeg die toe","prop-ontbreekt"],
  ["missing-title.mdx",1,1,"title: dit verplichte veld ontbreekt; voeg een regel \"title: …\" toe aan de frontmatter","veld-ontbreekt"],
  ["misspelt-component.mdx",11,1,"onbekende component <Pullquote>; bedoel je PullQuote?","onbekend-component"],
  ["Niet-Kebab.mdx",1,1,"de bestandsnaam \"Niet-Kebab\" mag alleen kleine letters, cijfers en streepjes hebben; noem het bestand bijvoorbeeld niet-kebab.mdx","bestandsnaam"],
  ["raw-iframe.mdx",11,1,"HTML (<iframe>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: PullQuote)","html-element"],
  ["raw-script.mdx",11,1,"HTML (<script>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: PullQuote)","html-element"],
  ["stray-lt.mdx",9,13,"een < begint hier een tag; schrijf \\< of de woorden \"minder dan\" als je een gewone < bedoelt (de MDX-lezer meldt: Unexpected character `3` (U+0033) before name, expected a character that can start a name, such as a letter, `$`, or `_`)","losse-kleiner-dan"],
  ["table-extra-cells.mdx",14,20,"deze tabelrij heeft 3 cellen, maar de kopregel maar 2; alles vanaf cel 3 zou verdwijnen. Haal de extra cellen weg of voeg kolommen toe aan de kopregel en de regel met ---","tabel-kolommen"],
  ["tag-clash.mdx",6,1,"tags: \"it\" heet in Niet-Kebab.mdx \"IT\"; gebruik die spelling, zodat de site één onderwerp toont","tag-spelling"],
  ["tags-not-list.mdx",6,1,"tags: schrijf de onderwerpen als lijst tussen blokhaken, met minstens één onderwerp, zoals [IT, Consultancy]; er staat \"IT\"","tags-lijst"],
  ["too-deep.mdx",11,1,"de tekst is hier te diep genest: meer dan 40 niveaus van citaten (>), lijsten en componenten in elkaar kan de site niet bouwen; maak er minder niveaus van, bijvoorbeeld door een citaat of lijst in losse alinea's te splitsen","te-diep-genest"],
  ["unclosed-tag.mdx",11,1,"<PullQuote> wordt niet gesloten; zet </PullQuote> op een eigen regel na de tekst die erbij hoort (de MDX-lezer meldt: Expected a closing tag for `<PullQuote>`)","tag-niet-gesloten"],
  ["unknown-author.mdx",4,1,"author: de auteur \"Piet Puk\" bestaat niet; bekende auteurs: Jeroen Bakker (jeroen-bakker)","auteur-onbekend"],
  ["unknown-field.mdx",7,1,"onbekend veld \"tittle\"; bedoel je \"title\"?","onbekend-veld"],
  ["yaml-syntax.mdx",4,1,"de frontmatter klopt hier niet; kijk op deze regel en de regel erboven naar aanhalingstekens, dubbele punten en inspringen (de YAML-lezer meldt: unexpected end of the stream within a double quoted scalar)","yaml-fout"],
  ["zz-duplicate-title.mdx",2,1,"title: \"Een geldig artikel\" is al de titel van aa-geldig-artikel.mdx; kies een andere titel","titel-dubbel"],
];

describe("content check on the broken fixtures", () => {
  const { problems, articles } = readContent(path.join(import.meta.dirname, "../fixtures/broken"));
  const actual = problems.map((p) => [path.basename(p.file), p.line, p.column, p.message.replaceAll(`lib/fixtures/broken/articles/`, "")]);

  it("reports every rule with its file, line, message and code, and nothing else", () => {
    expect(actual).toEqual(expected.map(([f, l, c, m, code]) => [f, l, c, `${m} [${code}]`]));
  });

  it("ends every message with a known rule code", () => {
    expect(problems.filter((p) => !codeOf(p.message)).map((p) => p.message)).toEqual([]);
  });

  it("covers every fixture file except the valid one", () => {
    const files = new Set(problems.map((p) => path.basename(p.file)));
    expect(files.has("aa-geldig-artikel.mdx")).toBe(false);
    expect(files.size).toBe(35);
    expect(articles.map((a) => a.slug)).toContain("aa-geldig-artikel");
    // Saved by a Windows editor: a byte order mark and CRLF line ends are accepted without a word.
    expect(files.has("met-bom.mdx")).toBe(false);
    expect(articles.find((a) => a.slug === "met-bom")?.title).toBe("Opgeslagen met een BOM");
  });
});
