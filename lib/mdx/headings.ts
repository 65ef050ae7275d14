import type { Heading as MdastHeading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { tagSlug } from "../tags";

/** Ids the page itself uses around an article; a heading never takes one ("## Lees ook" → lees-ook-2). */
export const RESERVED_IDS = ["inhoud", "delen", "lees-ook", "zoekveld", "zoekopdracht", "zoekstatus", "nieuwste", "filter-kop"] as const;

/** A section heading of an article, with the anchor id it gets on the page. */
export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** An entry of the table of contents: an h2 with the h3s beneath it. */
export interface TocEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

/**
 * Gives headings stable, Dutch-friendly ids: accents folded ("Carrière" → "carriere"), lowercase,
 * hyphens; a repeated id gets -2, -3, … so every id on the page is unique.
 */
export function assignHeadingIds(headings: readonly { depth: 2 | 3; text: string }[]): Heading[] {
  const used = new Map<string, number>(RESERVED_IDS.map((id) => [id, 1]));
  return headings.map(({ depth, text }) => {
    const base = tagSlug(text) || "sectie";
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    let id = seen === 0 ? base : `${base}-${seen + 1}`;
    while (seen > 0 && used.has(id)) id = `${id}-${seen + 1}`;
    used.set(id, used.get(id) ?? 1);
    return { depth, text, id };
  });
}

function sectionHeadings(tree: Root): MdastHeading[] {
  const found: MdastHeading[] = [];
  visit(tree, "heading", (node) => {
    if (node.depth === 2 || node.depth === 3) found.push(node);
  });
  return found;
}

/** The h2 and h3 headings of an MDX tree, in order, with their ids. */
export function collectHeadings(tree: Root): Heading[] {
  return assignHeadingIds(sectionHeadings(tree).map((node) => ({ depth: node.depth as 2 | 3, text: toString(node) })));
}

/** Remark plugin: puts the same ids as collectHeadings() on the rendered h2 and h3 elements. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    const nodes = sectionHeadings(tree);
    const headings = collectHeadings(tree);
    nodes.forEach((node, i) => {
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: headings[i]!.id } };
    });
  };
}

/** Nests h3s under their h2 for the table of contents; an h3 before any h2 becomes a top entry. */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const h of headings) {
    const last = entries.at(-1);
    if (h.depth === 3 && last) last.children.push({ id: h.id, text: h.text });
    else entries.push({ id: h.id, text: h.text, children: [] });
  }
  return entries;
}

/** Articles with three or more sections get a table of contents. */
export function hasTableOfContents(headings: readonly Heading[]): boolean {
  return headings.filter((h) => h.depth === 2).length >= 3;
}
