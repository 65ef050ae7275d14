import type { Nodes } from "mdast";

/** A rule violation at a body position (line and column count from the start of the MDX body). */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

/** A problem at the start of a node. */
export function at(node: Nodes, message: string): BodyProblem {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message };
}
