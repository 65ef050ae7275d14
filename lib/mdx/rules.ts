import type { Root, Nodes } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { allowedComponents, forbiddenUrlSchemes, type ComponentSpec } from "./allowlist";
import { closest } from "../suggest";

/** A rule violation at a body position (line and column count from the start of the MDX body). */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

/** What the rules need to know about the rest of the site to check links and images. */
export interface SiteContext {
  /** True when an internal path such as /artikelen/foo or /tags/it is a page of the site. */
  pageExists: (path: string) => boolean;
  /** True when a file exists under public/ for a path such as /images/foo.png. */
  publicFileExists: (path: string) => boolean;
}

const specs: Record<string, ComponentSpec> = allowedComponents;
const componentNames = Object.keys(specs);

function at(node: Nodes, message: string): BodyProblem {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message };
}

function urlProblem(url: string, context: SiteContext, kind: "link" | "image"): string | undefined {
  const lower = url.trim().toLowerCase().replace(/[\s\u0000-\u001f]/g, "");
  const scheme = forbiddenUrlSchemes.find((s) => lower.startsWith(s));
  if (scheme) return `${kind} to a "${scheme}" address is not allowed; use an https:// address or a page of this site`;
  if (kind === "image" && (!url.startsWith("/") || url.startsWith("//"))) {
    return `image ${url} is not a file of this site; put it in public/images/ and write /images/… (images from other websites are blocked)`;
  }
  if (kind === "link" && !/^(https?:\/\/|mailto:|#|\/(?!\/))/i.test(url.trim())) {
    return `link to "${url}": write a full address starting with https:// or a page of this site starting with /`;
  }
  if (kind === "link" && url.startsWith("/") && !url.startsWith("//")) {
    const path = url.split(/[?#]/)[0]!.replace(/\/$/, "") || "/";
    if (!context.pageExists(path)) return `link to ${path}, a page that does not exist; check the slug`;
  }
  if (kind === "image" && url.startsWith("/") && !context.publicFileExists(url.split(/[?#]/)[0]!)) {
    return `image ${url} does not exist; put the file in public${url.split(/[?#]/)[0]}`;
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
      problems.push(at(where as Nodes, `<${name}> has a {…} expression among its props; write each prop as name="text"`));
      continue;
    }
    given.add(attribute.name);
    if (/^on/i.test(attribute.name)) {
      problems.push(at(where as Nodes, `event handler "${attribute.name}" on <${name}> is not allowed: articles cannot run code`));
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === "object") {
      problems.push(
        at(where as Nodes, `prop ${attribute.name} of <${name}> is given as an {expression}, which is blocked and would vanish; write ${attribute.name}="text"`),
      );
    } else if (spec && typeof attribute.value !== "string") {
      problems.push(at(where as Nodes, `prop ${attribute.name} of <${name}> has no value; write ${attribute.name}="text"`));
    }
    if (spec && !spec.required.includes(attribute.name) && !spec.optional.includes(attribute.name)) {
      const known = [...spec.required, ...spec.optional];
      const guess = closest(attribute.name, known);
      problems.push(
        at(where as Nodes, `<${name}> has no prop "${attribute.name}"${guess ? `; did you mean ${guess}?` : ""} (it takes: ${known.join(", ")})`),
      );
    }
  }
  for (const required of spec?.required ?? []) {
    if (!given.has(required)) problems.push(at(node, `<${name}> needs the prop ${required}="…"`));
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
        problems.push(at(node, "import and export are not allowed in articles; remove this line"));
        return "skip";
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problems.push(
          at(node, `{${node.value.trim().slice(0, 30)}} is code, which is blocked and would vanish; remove the braces or write \\{ for a literal brace`),
        );
        return "skip";
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name;
        if (name === null) {
          problems.push(at(node, "an empty <> fragment is not allowed; remove it"));
          return;
        }
        const spec = specs[name];
        if (!spec) {
          const guess = closest(name, componentNames);
          const isHtml = /^[a-z]/.test(name);
          problems.push(
            at(
              node,
              guess
                ? `unknown component <${name}>; did you mean ${guess}?`
                : isHtml
                  ? `HTML element <${name}> is not allowed; use Markdown (or one of: ${componentNames.join(", ")})`
                  : `unknown component <${name}>; articles can use: ${componentNames.join(", ")}`,
            ),
          );
          problems.push(...checkAttributes(node, name, node.attributes, undefined));
          return;
        }
        problems.push(...checkAttributes(node, name, node.attributes, spec));
        if (spec.needsChildren && node.children.length === 0) {
          problems.push(at(node, `<${name}> is empty; put the text between <${name}> and </${name}>`));
        }
        return;
      }
      case "heading":
        if (node.depth === 1) {
          problems.push(at(node, "a # heading is not allowed: the title is the page's only main heading; use ## for sections"));
        } else if (node.depth > previousDepth + 1) {
          problems.push(at(node, `heading level ${node.depth} follows level ${previousDepth}; use ${"#".repeat(previousDepth + 1)} here so no level is skipped`));
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
        if (!node.alt?.trim()) problems.push(at(node, "image without alt text; describe the image between the [ ] brackets"));
        const message = urlProblem(node.url, context, "image");
        if (message) problems.push(at(node, message));
        return;
      }
    }
  });
  return problems;
}
