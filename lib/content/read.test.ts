import { describe, expect, it } from "vitest";
import { readContent } from "./read";
import { formatProblem } from "./problems";
import { article, contentFolder } from "../test-support/content-fixture";

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

  it.each(["title", "date", "author", "excerpt", "tags"])("reports a missing %s on line 1 with the field name", (field) => {
    const [p] = problemsFor(article({ [field]: undefined }));
    expect(p).toMatchObject({ file: "articles/test-artikel.mdx", line: 1 });
    expect(p!.message).toBe(`${field}: this required field is missing; add a line "${field}: …" to the frontmatter`);
  });

  it("reports a field left empty", () => {
    expect(problemsFor(article({ title: "" }))[0]!.message).toBe('title: this field is empty; write its value after "title:"');
  });

  it("reports a date in the wrong format with what it found, on the date's line", () => {
    expect(problemsFor(article({ date: '"10-02-2025"' }))).toEqual([
      { file: "articles/test-artikel.mdx", line: 3, column: 1, message: 'date: expected a date like 2025-02-10, got "10-02-2025"' },
    ]);
  });

  it("reports an impossible date", () => {
    expect(problemsFor(article({ date: "2025-02-30" }))[0]!.message).toBe('date: this date does not exist in the calendar, got "2025-02-30"');
  });

  it("reports tags that are not a list", () => {
    expect(problemsFor(article({ tags: "IT" }))).toEqual([
      { file: "articles/test-artikel.mdx", line: 6, column: 1, message: 'tags: expected a list of tags, like [IT, Consultancy], got "IT"' },
    ]);
  });

  it("refuses ---js frontmatter without running it", () => {
    const marker = "__frontmatter_ran__";
    const text = `---js\n{ title: (globalThis.${marker} = true, "x") }\n---\n\nTekst\n`;
    const [p] = problemsFor(text);
    expect(p).toMatchObject({ line: 1, message: 'frontmatter must be YAML: remove "js" after the opening --- (code in frontmatter is not allowed)' });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it("reports YAML syntax errors with their line", () => {
    const [p] = problemsFor('---\ntitle: "Open quote\ndate: 2025-02-10\n---\n\nTekst\n');
    expect(p!.line).toBeGreaterThanOrEqual(2);
    expect(p!.message).toMatch(/^the frontmatter is not valid YAML/);
  });

  it("suggests the nearest known field for a typo", () => {
    const [p] = problemsFor(article({ tittle: '"x"' }));
    expect(p).toMatchObject({ line: 7, message: 'unknown field "tittle"; did you mean "title"?' });
  });

  it("names the unknown author and the known ones", () => {
    const [p] = problemsFor(article({ author: '"Piet Puk"' }));
    expect(p).toMatchObject({ line: 4, message: 'author: unknown author "Piet Puk"; known authors: Jeroen Bakker (jeroen-bakker)' });
  });

  it("reports an MDX syntax error at its line in the file, counting the frontmatter", () => {
    const text = article({}, "Intro.\n\n<PullQuote cite=\"Tom\">\nNiet gesloten\n");
    const [p] = problemsFor(text);
    expect(p!.line).toBe(11); // line 11 holds <PullQuote
    expect(p!.message).toMatch(/^the MDX cannot be read: Expected a closing tag for `<PullQuote>`/);
  });

  it("reports every problem of a file at once, also when its MDX cannot be read", () => {
    const text = article({ author: '"Piet Puk"' }, "Intro.\n\n<PullQuote cite=\"Tom\">\nNiet gesloten\n");
    expect(problemsFor(text).map((p) => p.line)).toEqual([4, 11]);
  });

  it("reports an author listed twice, by name or slug", () => {
    const [p] = problemsFor(article({ author: '["Jeroen Bakker", "jeroen-bakker"]' }));
    expect(p).toMatchObject({ line: 4, message: 'author: "jeroen-bakker" is Jeroen Bakker, who is already listed; remove one' });
  });

  it("checks the body even when the frontmatter is invalid, so every problem shows at once", () => {
    const text = article({ date: "morgen" }, "Zie [de pagina](/bestaat-niet).\n");
    expect(problemsFor(text).map((p) => p.line)).toEqual([3, 9]);
  });

  it("refuses file names that are not lowercase-kebab", () => {
    const [p] = problemsFor(article(), "articles/Mijn Artikel.mdx");
    expect(p!.message).toBe('the file name "Mijn Artikel" must be lowercase words joined by hyphens, like mijn-artikel.mdx');
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
      `articles/tweede.mdx:2 title: "Een titel" is already the title of ${root}/articles/eerste.mdx; choose a different title`,
      `articles/tweede.mdx:6 tags: "carriere" is spelt "Carrière" in ${root}/articles/eerste.mdx; use that spelling so the site shows one tag`,
    ]);
  });
});
