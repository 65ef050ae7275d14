import type { Root } from "mdast";
import type {} from "mdast-util-mdx";
import { SKIP, visit } from "unist-util-visit";

/*
 * JavaScript in MDX never runs: the same two remark plugins next-mdx-remote 6 adds with `blockJS`
 * (its remove-imports-exports and remove-javascript-expressions), run after the site's own plugins.
 * The content check refuses what these drop (lib/mdx/rules.ts), so on the page they only ever remove
 * editors' notes ({/* … *\/}); they are the second lock should a refused body reach the compiler.
 */

/** Removes every import and export statement. */
export function remarkRemoveEsm() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "mdxjsEsm" || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** Removes `{…}` expressions in the text and expression or spread attributes on components; string props stay. */
export function remarkRemoveExpressions() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
        if (!parent || index === undefined) return;
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        node.attributes = node.attributes.filter(
          (attribute) =>
            attribute.type === "mdxJsxAttribute" &&
            (attribute.value === null || typeof attribute.value === "string" || (!!attribute.value && attribute.value.type !== "mdxJsxAttributeValueExpression")),
        );
      }
    });
  };
}
