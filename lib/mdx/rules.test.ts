import { describe, expect, it } from "vitest";
import type { SiteContext } from "./rules";
import { checkBody } from "../../tests/support/mdx-check";

const context: SiteContext = {
  pageExists: (p) => ["/artikelen", "/artikelen/bestaat", "/tags/it", "/auteurs/jeroen-bakker"].includes(p),
  publicFileExists: (p) => p === "/images/foto.jpg",
};

const check = (body: string) => checkBody(body, context);

describe("MDX allowlist", () => {
  it("accepts Markdown and a PullQuote with string props", () => {
    expect(
      check('Tekst met *nadruk* en een [link](https://example.nl).\n\n## Kop\n\n### Sub\n\n- punt\n\n> citaat\n\n<PullQuote cite="Tom" role="junior">\nZin.\n</PullQuote>\n'),
    ).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", 3, "HTML (<script>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: PullQuote) [html-element]"],
    ['<iframe src="https://evil.example"></iframe>', 3, "HTML (<iframe>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: PullQuote) [html-element]"],
    ["<style>{'body{}'}</style>", 3, "HTML (<style>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: PullQuote) [html-element]"],
    ['<object data="x"></object>', 3, "HTML (<object>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: PullQuote) [html-element]"],
    ["Som: {1+1}", 3, "{1+1} is code; die wordt geblokkeerd en zou van de pagina verdwijnen. Haal de accolades weg, schrijf \\{ voor een gewone accolade, of maak er een notitie van: {/* … */} [code-in-tekst]"],
    ['import x from "y"', 3, "import en export horen niet in een artikel; haal deze regel weg [import-export]"],
    ["export const a = 1", 3, "import en export horen niet in een artikel; haal deze regel weg [import-export]"],
    ["<Pullquote cite=\"Tom\">\nx\n</Pullquote>", 3, "onbekende component <Pullquote>; bedoel je PullQuote? [onbekend-component]"],
    ["<PullQuote>\nx\n</PullQuote>", 3, '<PullQuote> mist de prop cite="…"; voeg die toe [prop-ontbreekt]'],
    ["<PullQuote cite={naam}>\nx\n</PullQuote>", 3, 'de prop cite van <PullQuote> staat tussen { } en zou verdwijnen; schrijf cite="tekst" [prop-code]'],
    ['<PullQuote cite="Tom" onClick="steal()">\nx\n</PullQuote>', 3, '"onClick" op <PullQuote> is niet toegestaan: een artikel kan geen code uitvoeren; haal het weg [event-handler]'],
    ['<PullQuote cite="Tom" {...props}>\nx\n</PullQuote>', 3, "<PullQuote> heeft { } tussen zijn props; schrijf elke prop als naam=\"tekst\" [prop-code]"],
    ['<PullQuote cite="Tom" rol="x">\nx\n</PullQuote>', 3, '<PullQuote> heeft geen prop "rol"; bedoel je role? (wel: cite, role) [onbekende-prop]'],
    ['<PullQuote cite="Tom" />', 3, "<PullQuote> is leeg; zet de tekst tussen <PullQuote> en </PullQuote> [component-leeg]"],
    ["[klik](javascript:alert(1))", 3, 'een link naar een "javascript:"-adres is niet toegestaan; gebruik een adres dat met https:// begint of een pagina van deze site [onveilig-adres]'],
    ["[klik](data:text/html;base64,PHNjcmlwdD4=)", 3, 'een link naar een "data:"-adres is niet toegestaan; gebruik een adres dat met https:// begint of een pagina van deze site [onveilig-adres]'],
    ["[weg](/artikelen/bestaat-niet)", 3, "link naar /artikelen/bestaat-niet, een pagina die (nog) niet bestaat; controleer het adres [link-bestaat-niet]"],
    ["[weg](/tags/onbekend)", 3, "link naar /tags/onbekend, een pagina die (nog) niet bestaat; controleer het adres [link-bestaat-niet]"],
    ["[weg](/auteurs/niemand)", 3, "link naar /auteurs/niemand, een pagina die (nog) niet bestaat; controleer het adres [link-bestaat-niet]"],
    ["![Een foto](/images/weg.jpg)", 3, "afbeelding /images/weg.jpg bestaat niet; zet het bestand in public/images/weg.jpg [afbeelding-ontbreekt]"],
    ["![](/images/foto.jpg)", 3, "afbeelding zonder beschrijving (alt-tekst); beschrijf tussen de [ ] wat er op de afbeelding staat [alt-tekst]"],
    ["# Tweede titel", 3, "een kop met één # kan niet: de titel is de enige hoofdkop van de pagina; gebruik ## voor een tussenkop [kop-niveau-1]"],
    ["### Te diep", 3, "een kop van niveau 3 volgt op niveau 1; gebruik hier ##, zodat er geen niveau wordt overgeslagen [kop-overgeslagen]"],
    ["![Logo](https://example.com/logo.png)", 3, "afbeelding https://example.com/logo.png staat niet op deze site; zet haar in public/images/ en schrijf /images/… (afbeeldingen van andere websites worden geblokkeerd) [afbeelding-extern]"],
    ["[relatief](artikelen/foo)", 3, 'link naar "artikelen/foo": schrijf een volledig adres dat met https:// begint, of een pagina van deze site die met / begint [link-onvolledig]'],
    ["[ftp](ftp://example.com/x)", 3, 'link naar "ftp://example.com/x": schrijf een volledig adres dat met https:// begint, of een pagina van deze site die met / begint [link-onvolledig]'],
  ])("refuses %j on its line", (snippet, line, message) => {
    const problems = check(`Eerste alinea.\n\n${snippet}\n`);
    expect(problems).toContainEqual(expect.objectContaining({ line, message }));
  });

  it("accepts links to existing pages and external https links", () => {
    expect(check("[a](/artikelen/bestaat) [b](/tags/it#top) [c](/auteurs/jeroen-bakker) [d](https://x.nl) [e](#kop) [f](mailto:a@b.nl)\n")).toEqual([]);
  });
});
