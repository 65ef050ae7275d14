import type { Element, ElementContent, Root } from "hast";
import type { CompileOptions } from "@mdx-js/mdx";
import { visit } from "unist-util-visit";
import { t } from "../strings";

/*
 * GitHub-flavoured Markdown as readers get it: what remark-gfm parses, shaped here for the page.
 * Every id made here holds an underscore, which heading ids (letters, digits, hyphens) never do,
 * so they cannot clash with a heading or the page's own ids.
 */

/** A paragraph right above a table that starts with this becomes the table's caption. */
export const CAPTION_PREFIX = "Tabel:";

const FOOTNOTE_LABEL_ID = "voetnoten_kop";

/** How remark-rehype writes footnotes: Dutch labels, ids of their own. */
export const gfmRehypeOptions: NonNullable<CompileOptions["remarkRehypeOptions"]> = {
  clobberPrefix: "voetnoot_",
  footnoteLabel: t.reading.footnotes,
  footnoteLabelProperties: { className: ["footnotes-heading"] },
  footnoteBackLabel: (referenceIndex, rereferenceIndex) => t.reading.footnoteBack(referenceIndex + 1, rereferenceIndex),
  // U+FE0E asks for the arrow as text, never as an emoji.
  footnoteBackContent: "↩\uFE0E",
};

const isWhitespace = (node: ElementContent) => node.type === "text" && !node.value.trim();

/** Takes the `Tabel: …` paragraph before a table, if any, and returns it as a caption element. */
function takeCaption(siblings: ElementContent[], tableIndex: number, id: string): Element | undefined {
  let i = tableIndex - 1;
  while (i >= 0 && isWhitespace(siblings[i]!)) i--;
  const previous = siblings[i];
  if (previous?.type !== "element" || previous.tagName !== "p") return undefined;
  const first = previous.children[0];
  if (first?.type !== "text" || !first.value.startsWith(CAPTION_PREFIX)) return undefined;
  const rest = first.value.slice(CAPTION_PREFIX.length).trimStart();
  const children = [...(rest ? [{ ...first, value: rest }] : []), ...previous.children.slice(1)];
  siblings.splice(i, tableIndex - i);
  // The inner span keeps the caption in view while a wide table scrolls sideways.
  const text: Element = { type: "element", tagName: "span", properties: {}, children };
  return { type: "element", tagName: "caption", properties: { id }, children: [text] };
}

/** Header cells are column headers, and a column's alignment becomes a data attribute for the CSS. */
function shapeCells(table: Element) {
  visit(table, "element", (cell: Element, _index, parent) => {
    if (cell.tagName !== "th" && cell.tagName !== "td") return;
    if (cell.tagName === "th" && parent?.type === "element" && parent.tagName === "tr") cell.properties.scope = "col";
    const align = cell.properties.align;
    if (typeof align === "string") cell.properties.dataAlign = align;
    delete cell.properties.align;
  });
}

/**
 * Rehype plugin: tables scroll inside their own focusable, labelled region (with a caption from a
 * `Tabel: …` paragraph above them); task-list checkboxes are labelled by their item's text; the
 * footnotes' heading gets an id of its own.
 */
export function rehypeGfmForReaders() {
  return (tree: Root) => {
    let tables = 0;
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName === "table" && parent && index !== undefined) {
        tables++;
        const captionId = `tabel_${tables}`;
        const siblings = parent.children as ElementContent[];
        const caption = takeCaption(siblings, index, captionId);
        const at = siblings.indexOf(node);
        shapeCells(node);
        if (caption) node.children.unshift(caption);
        const region: Element = {
          type: "element",
          tagName: "div",
          properties: {
            className: ["table-scroll"],
            role: "region",
            tabIndex: 0,
            ...(caption ? { ariaLabelledBy: [captionId] } : { ariaLabel: t.reading.table(tables) }),
          },
          children: [node],
        };
        siblings[at] = region;
        return ["skip", at + 1];
      }
      if (node.tagName === "input" && node.properties.type === "checkbox" && parent?.type === "element") {
        labelCheckbox(parent, node);
        return "skip";
      }
      // Only the footnotes' own heading and references: an editor's "## Footnote label" keeps its id.
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (node.properties.id === "footnote-label" && classes.includes("footnotes-heading")) node.properties.id = FOOTNOTE_LABEL_ID;
      if (node.properties.dataFootnoteRef !== undefined && String(node.properties.ariaDescribedBy) === "footnote-label") {
        node.properties.ariaDescribedBy = [FOOTNOTE_LABEL_ID];
      }
    });
  };
}

/** Wraps a task-list checkbox and the inline text after it in a label, so the box is named by its item. */
function labelCheckbox(parent: Element, input: Element) {
  const start = parent.children.indexOf(input);
  let end = start + 1;
  const blocks = new Set(["ul", "ol", "p", "div", "blockquote", "pre", "table"]);
  while (end < parent.children.length) {
    const next = parent.children[end]!;
    if (next.type === "element" && blocks.has(next.tagName)) break;
    end++;
  }
  const label: Element = {
    type: "element",
    tagName: "label",
    properties: { className: ["task-label"] },
    children: parent.children.slice(start, end) as ElementContent[],
  };
  parent.children.splice(start, end - start, label);
}
