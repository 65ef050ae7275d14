import { describe, expect, it } from "vitest";
import { readContent } from "./read";
import { formatProblem } from "./problems";
import { article, contentFolder } from "../../tests/support/content-fixture";

function problemsFor(text: string, name = "articles/test-artikel.mdx") {
  const root = contentFolder({ [name]: text });
  return readContent(root).problems.map((p) => ({ ...p, file: p.file.slice(root.length + 1) }));
}

describe("loader", () => {
  it("loads a valid article with its author, tags and reading time", () => {
    const root = contentFolder({ "articles/goed-artikel.mdx": article() });
    const { articles, problems } = readContent(root);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a).toMatchObject({ slug: "goed-artikel", title: "Een titel", date: "2025-02-10", draft: false, readingMinutes: 1 });
    expect(a!.authors.map((x) => x.slug)).toEqual(["jeroen-bakker"]);
    expect(a!.tags).toEqual([{ label: "IT", slug: "it" }, { label: "Consultancy", slug: "consultancy" }]);
  });

  it("accepts a file that starts with a UTF-8 byte order mark, and CRLF line ends, silently", () => {
    const bom = `\uFEFF${article()}`;
    const root = contentFolder({ "articles/met-bom.mdx": bom, "articles/met-crlf.mdx": `\uFEFF${article({ title: '"Windows"' }).replace(/\n/g, "\r\n")}` });
    const { articles, problems } = readContent(root);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.slug).sort()).toEqual(["met-bom", "met-crlf"]);
    const withBom = articles.find((a) => a.slug === "met-bom")!;
    expect(withBom).toMatchObject({ title: "Een titel", date: "2025-02-10" });
    expect(withBom.body.includes("\uFEFF")).toBe(false);
  });

  it.each(["title", "date", "author", "excerpt", "tags"])("reports a missing %s on line 1 with the field name", (field) => {
    const [p] = problemsFor(article({ [field]: undefined }));
    expect(p).toMatchObject({ file: "articles/test-artikel.mdx", line: 1 });
    expect(p!.message).toBe(`${field}: dit verplichte veld ontbreekt; voeg een regel "${field}: …" toe aan de frontmatter [veld-ontbreekt]`);
  });

  it("reports a field left empty", () => {
    expect(problemsFor(article({ title: "" }))[0]!.message).toBe('title: dit veld is leeg; schrijf de waarde achter "title:" [veld-leeg]');
  });

  it("reports a date in the wrong format with what it found, on the date's line", () => {
    expect(problemsFor(article({ date: '"10-02-2025"' }))).toEqual([
      { file: "articles/test-artikel.mdx", line: 3, column: 1, message: 'date: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-02-10; er staat "10-02-2025" [datum-vorm]' },
    ]);
  });

  it("reports an impossible date", () => {
    expect(problemsFor(article({ date: "2025-02-30" }))[0]!.message).toBe('date: deze datum bestaat niet in de kalender; er staat "2025-02-30" [datum-bestaat-niet]');
  });

  it("reports tags that are not a list", () => {
    expect(problemsFor(article({ tags: "IT" }))).toEqual([
      { file: "articles/test-artikel.mdx", line: 6, column: 1, message: 'tags: schrijf de onderwerpen als lijst tussen blokhaken, met minstens één onderwerp, zoals [IT, Consultancy]; er staat "IT" [tags-lijst]' },
    ]);
  });

  it("refuses ---js frontmatter without running it", () => {
    const marker = "__frontmatter_ran__";
    const text = `---js\n{ title: (globalThis.${marker} = true, "x") }\n---\n\nTekst\n`;
    const [p] = problemsFor(text);
    expect(p).toMatchObject({ line: 1, message: 'de frontmatter moet gewone YAML zijn: haal "js" weg achter de eerste --- (code in de frontmatter is niet toegestaan) [frontmatter-yaml]' });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it("reports YAML syntax errors with their line", () => {
    const [p] = problemsFor('---\ntitle: "Open quote\ndate: 2025-02-10\n---\n\nTekst\n');
    expect(p!.line).toBeGreaterThanOrEqual(2);
    expect(p!.message).toMatch(/^de frontmatter klopt hier niet; .* \(de YAML-lezer meldt: .+\) \[yaml-fout\]$/);
  });

  it("suggests the nearest known field for a typo", () => {
    const [p] = problemsFor(article({ tittle: '"x"' }));
    expect(p).toMatchObject({ line: 7, message: 'onbekend veld "tittle"; bedoel je "title"? [onbekend-veld]' });
  });

  it("names the unknown author and the known ones", () => {
    const [p] = problemsFor(article({ author: '"Piet Puk"' }));
    expect(p).toMatchObject({ line: 4, message: 'author: de auteur "Piet Puk" bestaat niet; bekende auteurs: Jeroen Bakker (jeroen-bakker) [auteur-onbekend]' });
  });

  it("reports an MDX syntax error at its line in the file, counting the frontmatter", () => {
    const text = article({}, "Intro.\n\n<PullQuote cite=\"Tom\">\nNiet gesloten\n");
    const [p] = problemsFor(text);
    expect(p!.line).toBe(11); // line 11 holds <PullQuote
    expect(p!.message).toBe("<PullQuote> wordt niet gesloten; zet </PullQuote> op een eigen regel na de tekst die erbij hoort (de MDX-lezer meldt: Expected a closing tag for `<PullQuote>`) [tag-niet-gesloten]");
  });

  it("reports every problem of a file at once, also when its MDX cannot be read", () => {
    const text = article({ author: '"Piet Puk"' }, "Intro.\n\n<PullQuote cite=\"Tom\">\nNiet gesloten\n");
    expect(problemsFor(text).map((p) => p.line)).toEqual([4, 11]);
  });

  it("reports an author listed twice, by name or slug", () => {
    const [p] = problemsFor(article({ author: '["Jeroen Bakker", "jeroen-bakker"]' }));
    expect(p).toMatchObject({ line: 4, message: 'author: "jeroen-bakker" is Jeroen Bakker, die al in de lijst staat; haal er één weg [auteur-dubbel]' });
  });

  it("checks the body even when the frontmatter is invalid, so every problem shows at once", () => {
    const text = article({ date: "morgen" }, "Zie [de pagina](/bestaat-niet).\n");
    expect(problemsFor(text).map((p) => p.line)).toEqual([3, 9]);
  });

  it("refuses file names that are not lowercase-kebab", () => {
    const [p] = problemsFor(article(), "articles/Mijn Artikel.mdx");
    expect(p!.message).toBe('de bestandsnaam "Mijn Artikel" mag alleen kleine letters, cijfers en streepjes hebben; noem het bestand bijvoorbeeld mijn-artikel.mdx [bestandsnaam]');
  });

  it("formats problems as path:line:column  message", () => {
    expect(formatProblem({ file: "content/articles/a.mdx", line: 3, column: 1, message: "x" })).toBe("content/articles/a.mdx:3:1  x");
  });
});

describe("cross-file checks", () => {
  it("reports a second spelling of a tag and a duplicate title, naming the other file", () => {
    const root = contentFolder({
      "articles/eerste.mdx": article({ tags: "[Carrière]" }),
      "articles/tweede.mdx": article({ tags: "[carriere]" }),
    });
    const messages = readContent(root).problems.map((p) => `${p.file.slice(root.length + 1)}:${p.line} ${p.message}`);
    expect(messages).toEqual([
      `articles/tweede.mdx:2 title: "Een titel" is al de titel van ${root}/articles/eerste.mdx; kies een andere titel [titel-dubbel]`,
      `articles/tweede.mdx:6 tags: "carriere" heet in ${root}/articles/eerste.mdx "Carrière"; gebruik die spelling, zodat de site één onderwerp toont [tag-spelling]`,
    ]);
  });
});
