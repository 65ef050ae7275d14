import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/** The readable text of an MDX tree, blocks separated by spaces: for search and snippets. */
export function plainText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") parts.push(node.value);
  });
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
