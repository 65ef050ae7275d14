import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "./content/read";

/**
 * lib/fixtures/broken holds one broken article per rule of the content check (and one valid one).
 * Each row is the exact file, line, column and message an editor sees.
 */
const expected: [file: string, line: number, column: number, message: string][] = [
  ["bad-jsx.mdx",12,1,"the MDX cannot be read: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag; a tag is not finished: end it with >"],
  ["data-link.mdx",9,6,"link to a \"data:\" address is not allowed; use an https:// address or a page of this site"],
  ["dead-internal-link.mdx",9,6,"link to /artikelen/bestaat-niet, a page that does not exist; check the slug"],
  ["dead-internal-link.mdx",9,40,"link to /tags/onbekend, a page that does not exist; check the slug"],
  ["empty-author.mdx",4,1,"author: the author is empty, got \"\""],
  ["event-handler.mdx",11,23,"event handler \"onClick\" on <PullQuote> is not allowed: articles cannot run code"],
  ["expression-prop.mdx",11,12,"prop cite of <PullQuote> is given as an {expression}, which is blocked and would vanish; write cite=\"text\""],
  ["expression-text.mdx",9,10,"{1 + 1} is code, which is blocked and would vanish; remove the braces or write \\{ for a literal brace"],
  ["heading-skip.mdx",11,1,"heading level 3 follows level 1; use ## here so no level is skipped"],
  ["image-without-alt.mdx",9,1,"image without alt text; describe the image between the [ ] brackets"],
  ["import-export.mdx",9,1,"import and export are not allowed in articles; remove this line"],
  ["impossible-date.mdx",3,1,"date: this date does not exist in the calendar, got \"2025-02-30\""],
  ["javascript-link.mdx",9,6,"link to a \"javascript:\" address is not allowed; use an https:// address or a page of this site"],
  ["js-frontmatter.mdx",1,4,"frontmatter must be YAML: remove \"js\" after the opening --- (code in frontmatter is not allowed)"],
  ["long-excerpt.mdx",5,1,"excerpt: the excerpt is longer than 200 characters; shorten it so it fits a search result, got 231 characters"],
  ["missing-excerpt.mdx",1,1,"excerpt: this required field is missing; add a line \"excerpt: …\" to the frontmatter"],
  ["missing-image.mdx",9,1,"image /images/bestaat-niet.jpg does not exist; put the file in public/images/bestaat-niet.jpg"],
  ["missing-prop.mdx",11,1,"<PullQuote> needs the prop cite=\"…\""],
  ["missing-title.mdx",1,1,"title: this required field is missing; add a line \"title: …\" to the frontmatter"],
  ["misspelt-component.mdx",11,1,"unknown component <Pullquote>; did you mean PullQuote?"],
  ["Niet-Kebab.mdx",1,1,"the file name \"Niet-Kebab\" must be lowercase words joined by hyphens, like niet-kebab.mdx"],
  ["raw-iframe.mdx",11,1,"HTML element <iframe> is not allowed; use Markdown (or one of: PullQuote)"],
  ["raw-script.mdx",11,1,"HTML element <script> is not allowed; use Markdown (or one of: PullQuote)"],
  ["stray-lt.mdx",9,13,"the MDX cannot be read: Unexpected character `3` (U+0033) before name, expected a character that can start a name, such as a letter, `$`, or `_`; a < starts a tag: write \\< or the words \"minder dan\" for a literal <"],
  ["tag-clash.mdx",6,1,"tags: \"it\" is spelt \"IT\" in lib/fixtures/broken/articles/Niet-Kebab.mdx; use that spelling so the site shows one tag"],
  ["tags-not-list.mdx",6,1,"tags: expected a list of tags, like [IT, Consultancy], got \"IT\""],
  ["unclosed-tag.mdx",11,1,"the MDX cannot be read: Expected a closing tag for `<PullQuote>`; close it with </PullQuote> on its own line"],
  ["unknown-author.mdx",4,1,"author: unknown author \"Piet Puk\"; known authors: Jeroen Bakker (jeroen-bakker)"],
  ["unknown-field.mdx",7,1,"unknown field \"tittle\"; did you mean \"title\"?"],
  ["yaml-syntax.mdx",4,1,"the frontmatter is not valid YAML (unexpected end of the stream within a double quoted scalar); check quotes, colons and indentation"],
  ["zz-duplicate-title.mdx",2,1,"title: \"Een geldig artikel\" is already the title of lib/fixtures/broken/articles/aa-geldig-artikel.mdx; choose a different title"],
];

describe("content check on the broken fixtures", () => {
  const { problems, articles } = readContent(path.join(import.meta.dirname, "fixtures/broken"));
  const actual = problems.map((p) => [path.basename(p.file), p.line, p.column, p.message.replaceAll(`lib/fixtures/broken/articles/`, "")]);

  it("reports every rule with its file, line and message, and nothing else", () => {
    expect(actual).toEqual(expected.map(([f, l, c, m]) => [f, l, c, m.replaceAll("lib/fixtures/broken/articles/", "")]));
  });

  it("covers every fixture file except the valid one", () => {
    const files = new Set(problems.map((p) => path.basename(p.file)));
    expect(files.has("aa-geldig-artikel.mdx")).toBe(false);
    expect(files.size).toBe(30);
    expect(articles.map((a) => a.slug)).toContain("aa-geldig-artikel");
  });
});
