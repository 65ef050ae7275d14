import { describe, expect, it } from "vitest";
import { parseMdx } from "./compile";
import { assignHeadingIds, collectHeadings, hasTableOfContents, tableOfContents } from "./headings";
import type { Root } from "mdast";

describe("heading ids", () => {
  it("fold accents and punctuation into Dutch-friendly slugs", () => {
    expect(assignHeadingIds([
      { depth: 2, text: "Carrière maken in één jaar" },
      { depth: 2, text: "Wat doet een IT-consultant eigenlijk?" },
      { depth: 3, text: "Cloud & Security: wat nu?" },
    ]).map((h) => h.id)).toEqual(["carriere-maken-in-een-jaar", "wat-doet-een-it-consultant-eigenlijk", "cloud-security-wat-nu"]);
  });

  it("never take an id the page itself uses", () => {
    expect(assignHeadingIds([{ depth: 2, text: "Lees ook" }, { depth: 2, text: "Inhoud" }]).map((h) => h.id)).toEqual(["lees-ook-2", "inhoud-2"]);
  });

  it("are unique within the page", () => {
    expect(assignHeadingIds([
      { depth: 2, text: "Tips" },
      { depth: 3, text: "Tips" },
      { depth: 2, text: "Tips" },
      { depth: 2, text: "Tips 2" },
      { depth: 2, text: "!!!" },
    ]).map((h) => h.id)).toEqual(["tips", "tips-2", "tips-3", "tips-2-2", "sectie"]);
  });

  it("are collected from MDX in order, h2 and h3 only, with inline formatting as plain text", () => {
    const tree = parseMdx("## Eerste *kop*\n\n### Sub `code`\n\n#### Diep\n\n## Tweede\n") as Root;
    expect(collectHeadings(tree)).toEqual([
      { depth: 2, text: "Eerste kop", id: "eerste-kop" },
      { depth: 3, text: "Sub code", id: "sub-code" },
      { depth: 2, text: "Tweede", id: "tweede" },
    ]);
  });
});

describe("table of contents", () => {
  const headings = assignHeadingIds([
    { depth: 3, text: "Voorwoord" },
    { depth: 2, text: "Een" },
    { depth: 3, text: "Een a" },
    { depth: 3, text: "Een b" },
    { depth: 2, text: "Twee" },
  ]);
  it("nests h3s under the h2 before them", () => {
    expect(tableOfContents(headings)).toEqual([
      { id: "voorwoord", text: "Voorwoord", children: [] },
      { id: "een", text: "Een", children: [{ id: "een-a", text: "Een a" }, { id: "een-b", text: "Een b" }] },
      { id: "twee", text: "Twee", children: [] },
    ]);
  });
  it("appears from three h2 sections on", () => {
    expect(hasTableOfContents(headings)).toBe(false);
    expect(hasTableOfContents([...headings, { depth: 2, text: "Drie", id: "drie" }])).toBe(true);
  });
});
