/** `npm run docs:fields`: rewrites the field and component tables and the rule codes in content/README.md from the schema, the allowlist and the check. */
import fs from "node:fs";
import { renderFieldTables } from "../lib/content/schema-docs";

const file = "content/README.md";
fs.writeFileSync(file, renderFieldTables(fs.readFileSync(file, "utf8")));
console.log(`Updated the field and component tables and the rule codes in ${file}.`);
