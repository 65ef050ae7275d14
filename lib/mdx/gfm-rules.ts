import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import { say } from "../check/messages";
import type { BodyProblem } from "./body-problem";

/** `[^label]` as typed: what a footnote reference without a definition stays as, literal text. */
const LITERAL_FOOTNOTE = /\[\^([^\]\s]+)\]/g;

/** Line and column of a character of a text node, counting the newlines inside it. */
function positionIn(node: Text, index: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, index);
  const lastBreak = before.lastIndexOf("\n");
  if (lastBreak === -1) return { line: start.line, column: start.column + index };
  return { line: start.line + before.split("\n").length - 1, column: index - lastBreak };
}

/**
 * Checks the GitHub-flavoured Markdown of an article for what would silently vanish or show as
 * typed: table cells beyond the header, footnote references without a text, footnotes never used.
 */
export function checkGfmTree(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const defined = new Map<string, { label: string; line: number; column: number }>();
  const used = new Set<string>();
  visit(tree, (node) => {
    switch (node.type) {
      case "table": {
        const columns = node.align?.length ?? node.children[0]?.children.length ?? 0;
        for (const row of node.children.slice(1)) {
          const extra = row.children[columns];
          if (!extra) continue;
          const at = extra.position?.start ?? row.position?.start ?? { line: 1, column: 1 };
          problems.push({ line: at.line, column: at.column, message: say("tabel-kolommen", row.children.length, columns) });
        }
        return;
      }
      case "footnoteDefinition":
        defined.set(node.identifier, { label: node.label ?? node.identifier, ...(node.position?.start ?? { line: 1, column: 1 }) });
        return;
      case "footnoteReference":
        used.add(node.identifier);
        return;
      case "text":
        for (const match of node.value.matchAll(LITERAL_FOOTNOTE)) {
          problems.push({ ...positionIn(node, match.index), message: say("voetnoot-ontbreekt", match[1]!) });
        }
        return;
    }
  });
  for (const [identifier, { label, line, column }] of defined) {
    if (!used.has(identifier)) problems.push({ line, column, message: say("voetnoot-ongebruikt", label) });
  }
  return problems;
}
