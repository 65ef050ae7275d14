import { describe, expect, it } from "vitest";
import { codeOf, ruleCodes, type RuleCode } from "./messages";
import { readContent } from "../content/read";
import { siteTextCheck } from "../spelling/site";
import { article, contentFolder } from "../../tests/support/content-fixture";

const author = (fields: string, bio = "Een korte bio.") => `---\nname: "Sanne de Vries"\nrole: "Recruiter"\n${fields}---\n\n${bio}\n`;
const body = (text: string) => ({ "articles/artikel.mdx": article({}, `Intro.\n\n${text}\n`) });

/** For every rule of the content check, a content folder that breaks it, as an editor would. */
const examples: Record<RuleCode, Record<string, string>> = {
  "bestandstype": { "articles/notities.txt": "x" },
  "bestandsnaam": { "articles/Mijn Eerste Week.mdx": article() },
  "bestandsnaam-dubbel": { "authors/sanne.md": author(""), "authors/sanne.mdx": author("") },
  "frontmatter-ontbreekt": { "articles/artikel.mdx": 'title: "x"\n' },
  "frontmatter-yaml": { "articles/artikel.mdx": "---js\n{}\n---\n\nTekst\n" },
  "yaml-fout": { "articles/artikel.mdx": article({ title: '"Mijn titel' }) },
  "frontmatter-vorm": { "articles/artikel.mdx": "---\n- Mijn titel\n---\n\nTekst\n" },
  "onbekend-veld": { "articles/artikel.mdx": article({ tittle: '"x"' }) },
  "veld-ontbreekt": { "articles/artikel.mdx": article({ excerpt: undefined }) },
  "veld-leeg": { "articles/artikel.mdx": article({ title: '""' }) },
  "tekst-verwacht": { "articles/artikel.mdx": article({ title: "[Mijn titel]" }) },
  "datum-vorm": { "articles/artikel.mdx": article({ date: "10-02-2025" }) },
  "datum-bestaat-niet": { "articles/artikel.mdx": article({ date: "2025-02-30" }) },
  "waar-of-onwaar": { "articles/artikel.mdx": article({ draft: "ja" }) },
  "samenvatting-te-lang": { "articles/artikel.mdx": article({ excerpt: `"${"Een lange zin. ".repeat(15)}"` }) },
  "tags-lijst": { "articles/artikel.mdx": article({ tags: "[]" }) },
  "auteur-vorm": { "articles/artikel.mdx": article({ author: "[]" }) },
  "avatar-pad": { "authors/sanne-de-vries.md": author("avatar: foto.jpg\n") },
  "https-adres": { "authors/sanne-de-vries.md": author("links:\n  linkedin: www.linkedin.com/in/naam\n") },
  "e-mailadres": { "authors/sanne-de-vries.md": author("links:\n  email: sanne(at)voorbeeld.nl\n") },
  "veld-ongeldig": { "authors/sanne-de-vries.md": author("links: https://voorbeeld.nl\n") },
  "auteur-onbekend": { "articles/artikel.mdx": article({ author: '"Jeroen Baker"' }) },
  "auteur-dubbel": { "articles/artikel.mdx": article({ author: '["Jeroen Bakker", jeroen-bakker]' }) },
  "avatar-ontbreekt": { "authors/sanne-de-vries.md": author("avatar: /images/authors/bestaat-niet.jpg\n") },
  "bio-ontbreekt": { "authors/sanne-de-vries.md": author("", "") },
  "tag-zonder-letters": { "articles/artikel.mdx": article({ tags: '[IT, "!!"]' }) },
  "tag-dubbel": { "articles/artikel.mdx": article({ tags: "[IT, it]" }) },
  "tag-spelling": { "articles/a.mdx": article({ title: '"A"', tags: "[IT]" }), "articles/b.mdx": article({ title: '"B"', tags: "[it]" }) },
  "titel-dubbel": { "articles/a.mdx": article(), "articles/b.mdx": article() },
  "html-commentaar": body("<!-- foto toevoegen -->"),
  "tag-niet-gesloten": body('<PullQuote cite="Tom">\nNiet gesloten'),
  "losse-kleiner-dan": body("Een salaris <3000 euro."),
  "tag-niet-af": body('<PullQuote cite="Tom"'),
  "losse-accolade": body("Een {halve dag."),
  "mdx-leesfout": body("Tekst </PullQuote>"),
  "import-export": body('import Grafiek from "./grafiek"'),
  "code-in-tekst": body("{1 + 1}"),
  "leeg-fragment": body("<>tekst</>"),
  "onbekend-component": body('<Pullquote cite="Tom">\nx\n</Pullquote>'),
  "html-element": body("<b>let op</b>"),
  "prop-code": body("<PullQuote cite={Tom}>\nx\n</PullQuote>"),
  "event-handler": body('<PullQuote cite="Tom" onClick="x">\nx\n</PullQuote>'),
  "prop-zonder-waarde": body('<PullQuote cite="Tom" role>\nx\n</PullQuote>'),
  "onbekende-prop": body('<PullQuote cite="Tom" rol="trainee">\nx\n</PullQuote>'),
  "prop-ontbreekt": body("<PullQuote>\nx\n</PullQuote>"),
  "component-leeg": body('<PullQuote cite="Tom" />'),
  "kop-niveau-1": body("# Mijn eerste week"),
  "kop-overgeslagen": body("### Te diep"),
  "onveilig-adres": body("[klik](javascript:alert(1))"),
  "link-onvolledig": body("[CBS](www.cbs.nl)"),
  "link-bestaat-niet": body("[lees dit](/artikelen/bestaat-niet)"),
  "afbeelding-extern": body("![Logo](https://voorbeeld.nl/logo.png)"),
  "afbeelding-ontbreekt": body("![Team](/images/bestaat-niet.jpg)"),
  "alt-tekst": body("![](/images/bestaat-niet.jpg)"),
  "tabel-kolommen": body("| Rol | Salaris |\n| --- | --- |\n| Junior | 3.000 | 3.400 |"),
  "voetnoot-ontbreekt": body("Een bron[^cbs]."),
  "voetnoot-ongebruikt": body("Tekst.\n\n[^2]: Bron."),
  "te-diep-genest": body(`${">".repeat(2000)} Diep.`),
  "regel-te-lang": body("Heel lang. ".repeat(2000)),
  "tekst-te-lang": body("Een alinea van een heel lang artikel.\n\n".repeat(2800)),
  "teken-onbekend": { "articles/artikel.mdx": article({ title: '"Привет, IT"' }) },
  "spelling": body("Een goede ontwikelaar leert elke dag."),
  "zin-te-lang": body(`Een zin ${"met nog een woord ".repeat(10)}erin.`),
  "alinea-te-lang": body(Array.from({ length: 13 }, () => "Dit is een zin van precies tien korte woorden hier.").join(" ")),
};

describe("every rule code in the authoring guide", () => {
  it.each(ruleCodes)("%s is what the check reports for its example", (code) => {
    const folder = contentFolder(examples[code]);
    const problems = readContent(folder, { checkText: siteTextCheck(folder) }).problems;
    expect(problems.map((p) => codeOf(p.message))).toContain(code);
    for (const p of problems) expect(codeOf(p.message), p.message).toBeDefined();
  });
});
