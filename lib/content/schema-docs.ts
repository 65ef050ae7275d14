import type { z } from "zod";
import { allowedComponents, type ComponentSpec } from "../mdx/allowlist";
import { articleFrontmatterSchema, authorFrontmatterSchema } from "./schema";
import { ruleTable } from "../check/messages";

/** A Markdown table of a frontmatter schema's fields: name, required or not, and what to write. */
export function fieldTable(schema: z.ZodObject): string {
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const required = f.safeParse(undefined).success ? "nee" : "ja";
    return `| \`${name}\` | ${required} | ${f.description ?? ""} |`;
  });
  return ["| veld | verplicht | wat je invult |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The components an article may use, from the allowlist: what each shows, its props and an example. */
export function componentTable(components: Record<string, ComponentSpec> = allowedComponents): string {
  const props = (spec: ComponentSpec) =>
    [...spec.required.map((p) => `\`${p}\` (verplicht)`), ...spec.optional.map((p) => `\`${p}\` (optioneel)`)].join(", ") || "geen";
  const rows = Object.entries(components).map(([name, spec]) => `| \`${name}\` | ${spec.summary} | ${props(spec)} |`);
  const examples = Object.entries(components).map(([name, spec]) => `Zo schrijf je \`${name}\`:\n\n\`\`\`mdx\n${spec.example}\n\`\`\``);
  return ["| component | wat het toont | props |", "| --- | --- | --- |", ...rows, "", ...examples].join("\n");
}

/** The generated tables, by the marker name they stand under in content/README.md. */
export const fieldTables = {
  "article-fields": () => fieldTable(articleFrontmatterSchema),
  "author-fields": () => fieldTable(authorFrontmatterSchema),
  components: () => componentTable(),
  "rule-codes": ruleTable,
} as const;

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` with fresh tables. */
export function renderFieldTables(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(fieldTables)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    out = out.replace(pattern, (_m, start: string, end: string) => `${start}\n${make()}\n${end}`);
  }
  return out;
}
