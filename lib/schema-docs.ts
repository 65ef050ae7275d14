import type { z } from "zod";
import { articleFrontmatterSchema, authorFrontmatterSchema } from "./schema";
import { ruleTable } from "./check-messages";

/** A Markdown table of a frontmatter schema's fields: name, required or not, and what to write. */
export function fieldTable(schema: z.ZodObject): string {
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const required = f.safeParse(undefined).success ? "nee" : "ja";
    return `| \`${name}\` | ${required} | ${f.description ?? ""} |`;
  });
  return ["| veld | verplicht | wat je invult |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The generated tables, by the marker name they stand under in content/README.md (the check's rule codes too). */
export const fieldTables = {
  "article-fields": () => fieldTable(articleFrontmatterSchema),
  "author-fields": () => fieldTable(authorFrontmatterSchema),
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
