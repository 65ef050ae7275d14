/** `npm run docs:fields`: rewrites the field tables and the rule codes in content/README.md from the schema and the check. */
import fs from "node:fs";
import { renderFieldTables } from "../lib/schema-docs";

const file = "content/README.md";
fs.writeFileSync(file, renderFieldTables(fs.readFileSync(file, "utf8")));
console.log(`Updated the field tables and rule codes in ${file}.`);
