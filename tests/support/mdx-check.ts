import { parseMdx } from "../../lib/mdx/compile";
import { checkMdxTree, type SiteContext } from "../../lib/mdx/rules";

/** Parses an MDX body and runs the article rules on it; a syntax error fails the test. */
export function checkBody(body: string, context: SiteContext) {
  const tree = parseMdx(body);
  if ("reason" in tree) throw new Error(tree.reason);
  return checkMdxTree(tree, context);
}
