import { describe, expect, it } from "vitest";
import { readContent } from "./read";
import { newArticleSource, slugForTitle } from "./new-article";
import { contentFolder } from "../../tests/support/content-fixture";

describe("new article", () => {
  it("names the file after the title", () => {
    expect(slugForTitle("Mijn eerste week als trainee: één grote les!")).toBe("mijn-eerste-week-als-trainee-een-grote-les");
  });

  it("creates a draft that passes every content check", () => {
    const source = newArticleSource({ title: 'Een "nieuw" artikel', date: "2025-05-01", author: "Jeroen Bakker" });
    const root = contentFolder({ "articles/een-nieuw-artikel.mdx": source });
    const { problems, articles } = readContent(root);
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Een "nieuw" artikel', date: "2025-05-01", draft: true });
  });
});
