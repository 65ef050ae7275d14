import type { Nodes, Root } from "mdast";

/** A run of text a reader sees, with where it stands in the MDX source (offsets into the body). */
export interface TextPiece {
  text: string;
  /** Offset in the source where the piece's text is to be found, from here up to `end`. */
  start: number;
  end: number;
}

/** A block of reader-visible text: a paragraph, a heading, a table cell or an image description. */
export interface ReaderBlock {
  kind: "paragraph" | "heading" | "cell" | "alt";
  pieces: TextPiece[];
}

const blockKinds: Partial<Record<Nodes["type"], ReaderBlock["kind"]>> = { paragraph: "paragraph", heading: "heading", tableCell: "cell" };

/** Whether a link shows its own address (a bare www.… or https://… that GFM turned into a link). */
const showsAddress = (node: Nodes) =>
  node.type === "link" && node.children.length === 1 && node.children[0]!.type === "text" && /^(https?:\/\/|www\.|mailto:)?\S+$/.test(node.children[0]!.value) && node.url.replace(/^(https?:\/\/|mailto:)/, "").startsWith(node.children[0]!.value.replace(/^(https?:\/\/|mailto:)/, ""));

/**
 * Only what a reader of the page sees, block by block, for spelling and readability: prose,
 * headings, table cells, text inside components (a pull quote's words) and image descriptions.
 * Never code, inline code, addresses, component names, props or editor notes: those are not text nodes
 * or are skipped here.
 */
export function readerText(tree: Root): ReaderBlock[] {
  const blocks: ReaderBlock[] = [];
  const walk = (node: Nodes, block: ReaderBlock | undefined) => {
    if (node.type === "code" || node.type === "inlineCode" || node.type === "html" || node.type === "mdxjsEsm" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression" || node.type === "definition") return;
    if (node.type === "link" && showsAddress(node)) return;
    if (node.type === "image") {
      const start = node.position?.start.offset;
      if (node.alt && start !== undefined) blocks.push({ kind: "alt", pieces: [{ text: node.alt, start: start + 2, end: node.position!.end.offset! }] });
      return;
    }
    if (node.type === "text") {
      const { start, end } = node.position ?? {};
      if (block && start?.offset !== undefined && end?.offset !== undefined) block.pieces.push({ text: node.value, start: start.offset, end: end.offset });
      return;
    }
    const kind = blockKinds[node.type];
    const own = kind ? { kind, pieces: [] } : block;
    if (kind) blocks.push(own!);
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child, own);
  };
  walk(tree, undefined);
  return blocks.filter((b) => b.pieces.some((p) => p.text.trim()));
}

/** The text of a block as one string, pieces joined as the page shows them. */
export function blockText(block: ReaderBlock): string {
  return block.pieces.map((p) => p.text).join("").replace(/\s+/g, " ").trim();
}
