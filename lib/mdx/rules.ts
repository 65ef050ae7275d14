import type { Root, Nodes } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { allowedComponents, forbiddenUrlSchemes, type ComponentSpec } from "./allowlist";
import { closest } from "../suggest";
import { say } from "../check/messages";
import { checkGfmTree } from "./gfm-rules";
import { at, type BodyProblem } from "./body-problem";

export type { BodyProblem } from "./body-problem";

/** What the rules need to know about the rest of the site to check links and images. */
export interface SiteContext {
  /** True when an internal path such as /artikelen/foo or /tags/it is a page of the site. */
  pageExists: (path: string) => boolean;
  /** True when a file exists under public/ for a path such as /images/foo.png. */
  publicFileExists: (path: string) => boolean;
}

const specs: Record<string, ComponentSpec> = allowedComponents;
const componentNames = Object.keys(specs);

function urlProblem(url: string, context: SiteContext, kind: "link" | "image"): string | undefined {
  const lower = url.trim().toLowerCase().replace(/[\s\u0000-\u001f]/g, "");
  const scheme = forbiddenUrlSchemes.find((s) => lower.startsWith(s));
  if (scheme) return say("onveilig-adres", kind === "link" ? "link" : "afbeelding", scheme);
  if (kind === "image" && (!url.startsWith("/") || url.startsWith("//"))) {
    return say("afbeelding-extern", url);
  }
  if (kind === "link" && !/^(https?:\/\/|mailto:|#|\/(?!\/))/i.test(url.trim())) {
    return say("link-onvolledig", url);
  }
  if (kind === "link" && url.startsWith("/") && !url.startsWith("//")) {
    const path = url.split(/[?#]/)[0]!.replace(/\/$/, "") || "/";
    if (!context.pageExists(path)) return say("link-bestaat-niet", path);
  }
  if (kind === "image" && url.startsWith("/") && !context.publicFileExists(url.split(/[?#]/)[0]!)) {
    return say("afbeelding-ontbreekt", url, url.split(/[?#]/)[0]!);
  }
  return undefined;
}

function checkAttributes(
  node: Nodes,
  name: string,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  spec: ComponentSpec | undefined,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const given = new Set<string>();
  for (const attribute of attributes) {
    const where = attribute.position ? { position: attribute.position } : node;
    if (attribute.type === "mdxJsxExpressionAttribute") {
      problems.push(at(where as Nodes, say("prop-code", name, undefined)));
      continue;
    }
    given.add(attribute.name);
    if (/^on/i.test(attribute.name)) {
      problems.push(at(where as Nodes, say("event-handler", name, attribute.name)));
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === "object") {
      problems.push(at(where as Nodes, say("prop-code", name, attribute.name)));
    } else if (spec && typeof attribute.value !== "string") {
      problems.push(at(where as Nodes, say("prop-zonder-waarde", name, attribute.name)));
    }
    if (spec && !spec.required.includes(attribute.name) && !spec.optional.includes(attribute.name)) {
      const known = [...spec.required, ...spec.optional];
      const guess = closest(attribute.name, known);
      problems.push(at(where as Nodes, say("onbekende-prop", name, attribute.name, guess, known)));
    }
  }
  for (const required of spec?.required ?? []) {
    if (!given.has(required)) problems.push(at(node, say("prop-ontbreekt", name, required)));
  }
  return problems;
}

/**
 * Checks an MDX syntax tree against the allowlist: only Markdown and the components in
 * lib/mdx/allowlist.ts, string props only, no code, safe and existing links, ordered headings.
 */
export function checkMdxTree(tree: Root, context: SiteContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let previousDepth = 1;
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case "mdxjsEsm":
        problems.push(at(node, say("import-export")));
        return "skip";
      case "mdxFlowExpression":
      case "mdxTextExpression":
        // An editor's note (an MDX comment) is allowed: it is not code and never reaches the page.
        if (!isEditorNote(node.value)) problems.push(at(node, say("code-in-tekst", node.value.trim().slice(0, 30))));
        return "skip";
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name;
        if (name === null) {
          problems.push(at(node, say("leeg-fragment")));
          return;
        }
        const spec = specs[name];
        if (!spec) {
          const guess = closest(name, componentNames);
          const isHtml = /^[a-z]/.test(name);
          problems.push(at(node, !guess && isHtml ? say("html-element", name, componentNames) : say("onbekend-component", name, guess, componentNames)));
          problems.push(...checkAttributes(node, name, node.attributes, undefined));
          return;
        }
        problems.push(...checkAttributes(node, name, node.attributes, spec));
        if (spec.needsChildren && node.children.length === 0) {
          problems.push(at(node, say("component-leeg", name)));
        }
        return;
      }
      case "heading":
        if (node.depth === 1) {
          problems.push(at(node, say("kop-niveau-1")));
        } else if (node.depth > previousDepth + 1) {
          problems.push(at(node, say("kop-overgeslagen", node.depth, previousDepth)));
        }
        previousDepth = node.depth;
        return;
      case "link":
      case "definition": {
        const message = urlProblem(node.url, context, "link");
        if (message) problems.push(at(node, message));
        return;
      }
      case "image": {
        if (!node.alt?.trim()) problems.push(at(node, say("alt-tekst")));
        const message = urlProblem(node.url, context, "image");
        if (message) problems.push(at(node, message));
        return;
      }
    }
  });
  return [...problems, ...checkGfmTree(tree)];
}

/** True for an MDX comment (braces around one slash-star block comment and nothing else): an editor's note. */
export function isEditorNote(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}
