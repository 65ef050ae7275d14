import { describe, expect, it } from "vitest";
import { article as articleText } from "../../tests/support/content-fixture";
import { parseArticleBody, parseArticleFrontmatter } from "./article";
import type { Author } from "./articles";
import { parseAuthor } from "./author";
import { checkFileNames } from "./file-names";

// These tests need no folder: parsing and validating a file is a pure function of its text.
const jeroen: Author = { slug: "jeroen-bakker", name: "Jeroen Bakker", role: "Consultant", links: {}, bio: ["Bio"] };
const file = { file: "content/articles/een.mdx", slug: "een" };
const everyPage = { pageExists: () => true, publicFileExists: () => true };

describe("one article, from its text", () => {
  it("resolves authors and tags in pass 1 and adds headings and text in pass 2", () => {
    const { pending, problems } = parseArticleFrontmatter({ ...file, source: articleText() }, [jeroen]);
    expect(problems).toEqual([]);
    expect(pending?.article).toMatchObject({ slug: "een", authors: [jeroen], tags: [{ slug: "it" }, { slug: "consultancy" }] });
    const { article } = parseArticleBody(pending!, everyPage);
    expect(article?.headings.map((h) => h.text)).toEqual(["Kopje"]);
    expect(article?.text).toContain("Meer tekst.");
  });

  it("reports an unknown author at the author's line, and still returns the body for checking", () => {
    const { pending, problems } = parseArticleFrontmatter({ ...file, source: articleText({ author: '"Piet"' }) }, [jeroen]);
    expect(problems).toEqual([{ file: file.file, line: 4, column: 1, message: 'author: de auteur "Piet" bestaat niet; bekende auteurs: Jeroen Bakker (jeroen-bakker) [auteur-onbekend]' }]);
    expect(pending?.split.body).toContain("Een alinea tekst.");
  });

  it("puts a body problem on the file's own line", () => {
    const { pending } = parseArticleFrontmatter({ ...file, source: articleText({}, "Zie [dit](/nergens).\n") }, [jeroen]);
    const { problems } = parseArticleBody(pending!, { ...everyPage, pageExists: () => false });
    expect(problems.map((p) => p.line)).toEqual([9]);
  });
});

describe("one author, from their text", () => {
  it("asks whether the avatar exists instead of looking itself", () => {
    const source = '---\nname: "Ayşe Yılmaz"\nrole: "Data engineer"\navatar: /images/ayse.jpg\n---\n\nAyşe bouwt datapijplijnen.\n';
    const asked: string[] = [];
    const { author, problems } = parseAuthor({ file: "a.md", slug: "ayse-yilmaz", source }, (p) => (asked.push(p), false));
    expect(asked).toEqual(["/images/ayse.jpg"]);
    expect(author?.name).toBe("Ayşe Yılmaz");
    expect(problems[0]).toMatchObject({ line: 4, message: expect.stringMatching(/\/images\/ayse\.jpg.*\[avatar-ontbreekt\]$/) });
  });
});

describe("file names", () => {
  it("keeps well-named files, refuses other kinds and reports a second file with the same slug", () => {
    const problems: { message: string }[] = [];
    const named = checkFileNames(
      [{ name: "een.mdx", file: "a/een.mdx", source: "" }, { name: "notes.txt", file: "a/notes.txt", source: "" }, { name: "een.md", file: "a/een.md", source: "" }],
      [".md", ".mdx"],
      problems as never,
    );
    expect(named.map((f) => f.slug)).toEqual(["een", "een"]);
    expect(problems.map((p) => p.message.match(/\[([a-z-]+)\]$/)?.[1])).toEqual(["bestandstype", "bestandsnaam-dubbel"]);
    expect(problems[1]!.message).toContain("a/een.mdx");
  });
});
