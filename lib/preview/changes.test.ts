import { describe, expect, it } from "vitest";
import { contentFileRef, parseNameStatus } from "./changes";

const z = (...fields: string[]) => fields.join("\0") + "\0";

describe("content changes from git", () => {
  it("knows articles and authors by folder and extension, and nothing else", () => {
    expect(contentFileRef("content/articles/a.mdx", "content")).toEqual({ kind: "article", slug: "a", file: "content/articles/a.mdx" });
    expect(contentFileRef("content/authors/b.md", "content/")).toEqual({ kind: "author", slug: "b", file: "content/authors/b.md" });
    for (const other of ["content/README.md", "content/articles/a.md", "public/images/x.jpg", "content/articles/sub/a.mdx", "lib/x.ts"]) {
      expect(contentFileRef(other, "content")).toBeUndefined();
    }
  });

  it("reads added, changed, renamed and removed files, and untracked ones as added", () => {
    const output = z(
      "A", "content/articles/nieuw.mdx",
      "M", "content/articles/werken-in-it-consultancy.mdx",
      "R087", "content/articles/oud.mdx", "content/articles/hernoemd.mdx",
      "D", "content/articles/weg.mdx",
      "M", "content/README.md",
      "D", "content/authors/lotte.md",
    );
    expect(parseNameStatus(output, "content", ["content/authors/sanne.md", "content/notes.txt"])).toEqual([
      { kind: "article", slug: "nieuw", file: "content/articles/nieuw.mdx", status: "added" },
      { kind: "article", slug: "werken-in-it-consultancy", file: "content/articles/werken-in-it-consultancy.mdx", status: "modified" },
      { kind: "article", slug: "hernoemd", file: "content/articles/hernoemd.mdx", status: "renamed", oldSlug: "oud", oldFile: "content/articles/oud.mdx" },
      { kind: "article", slug: "weg", file: "content/articles/weg.mdx", status: "deleted" },
      { kind: "author", slug: "lotte", file: "content/authors/lotte.md", status: "deleted" },
      { kind: "author", slug: "sanne", file: "content/authors/sanne.md", status: "added" },
    ]);
  });

  it("splits a rename that leaves or enters the articles into a removal and an addition", () => {
    expect(parseNameStatus(z("R100", "content/articles/a.mdx", "content/archief/a.mdx", "R095", "drafts/b.mdx", "content/articles/b.mdx"), "content")).toEqual([
      { kind: "article", slug: "a", file: "content/articles/a.mdx", status: "deleted" },
      { kind: "article", slug: "b", file: "content/articles/b.mdx", status: "added" },
    ]);
  });

  it("gives nothing for a pull request that changes no content", () => {
    expect(parseNameStatus("", "content")).toEqual([]);
    expect(parseNameStatus(z("M", "content/README.md"), "content")).toEqual([]);
  });
});
