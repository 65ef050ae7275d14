import { describe, expect, it } from "vitest";
import { article, contentFolder } from "../../tests/support/content-fixture";
import { readContent } from "./read";

const author = (name: string, role = "Consultant") => `---\nname: "${name}"\nrole: "${role}"\n---\n\nSchrijft over IT.\n`;

function check(files: Record<string, string>) {
  const root = contentFolder(files);
  return readContent(root).problems.map((p) => ({ ...p, file: p.file.slice(root.length + 1) }));
}

describe("text a social image shows", () => {
  it("accepts Latin Extended letters and emoji in titles, tags and author names", () => {
    expect(check({
      "authors/ayse-yilmaz.md": author("Ayşe Yılmaz", "Łukasz' collega 👩‍💻"),
      "articles/randgevallen.mdx": article({ title: '"Randgevallen in Markdown 🚀 met Ayşe Yılmaz en Łukasz"', author: '"Ayşe Yılmaz"', tags: "[Łódź, Kraków ❤️, IT]" }),
    })).toEqual([]);
  });

  it("refuses a letter no font has, at its field's line, naming the character and the rule", () => {
    expect(check({ "articles/russisch.mdx": article({ title: '"Жизнь in IT"' }) })).toEqual([
      {
        file: "articles/russisch.mdx", line: 2, column: 1,
        message: 'title: het teken "Ж" (U+0416) kan niet op de deelafbeelding (de afbeelding bij een gedeelde link): die kent Latijnse letters, ook met accenten zoals ş, ł en ő, en emoji. Schrijf het met zulke tekens of laat het weg [teken-onbekend]',
      },
      expect.objectContaining({ line: 2, message: expect.stringContaining('"и" (U+0438)') }),
      expect.objectContaining({ message: expect.stringContaining('"з"') }),
      expect.objectContaining({ message: expect.stringContaining('"н"') }),
      expect.objectContaining({ message: expect.stringContaining('"ь"') }),
    ]);
  });

  it("checks tags and an author's name and role too", () => {
    const problems = check({
      "authors/amira.md": author("أميرة", "Consultant ✓"),
      "articles/tags.mdx": article({ tags: "[IT, 日本]" }),
    });
    expect(problems.filter((p) => p.message.endsWith("[teken-onbekend]")).map((p) => `${p.file}:${p.line} ${p.message.slice(0, p.message.indexOf(")") + 1)}`)).toEqual([
      "articles/tags.mdx:6 tags: het teken \"日\" (U+65E5)",
      "articles/tags.mdx:6 tags: het teken \"本\" (U+672C)",
      "authors/amira.md:2 name: het teken \"أ\" (U+0623)",
      "authors/amira.md:2 name: het teken \"م\" (U+0645)",
      "authors/amira.md:2 name: het teken \"ي\" (U+064A)",
      "authors/amira.md:2 name: het teken \"ر\" (U+0631)",
      "authors/amira.md:2 name: het teken \"ة\" (U+0629)",
      "authors/amira.md:3 role: het teken \"✓\" (U+2713)",
    ]);
  });
});
