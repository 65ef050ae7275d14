import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedComponents } from "../mdx/allowlist";
import { articleFrontmatterSchema, authorFrontmatterSchema } from "./schema";
import { renderFieldTables } from "./schema-docs";

const readme = fs.readFileSync(path.join(import.meta.dirname, "../../content/README.md"), "utf8");

describe("the authoring guide (content/README.md)", () => {
  it("has field tables and rule codes that match the schema and the check (run `npm run docs:fields` after changing them)", () => {
    expect(readme).toBe(renderFieldTables(readme));
  });

  it("names every frontmatter field and every allowed component", () => {
    for (const field of [...Object.keys(articleFrontmatterSchema.shape), ...Object.keys(authorFrontmatterSchema.shape)]) {
      expect(readme).toContain(`| \`${field}\` |`);
    }
    for (const component of Object.keys(allowedComponents)) expect(readme).toContain(`| \`${component}\` |`);
  });
});
