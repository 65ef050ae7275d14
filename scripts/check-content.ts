/**
 * `npm run check:content [-- --strikt]`: checks every file in content/ and reports all problems at once as
 * `path:line:column  message`, plus GitHub annotations when run in GitHub Actions. Exit 1 on any error;
 * warnings (spelling, readability, a blurry image) are shown but pass, unless --strikt makes them errors.
 */
import { parseArgs } from "node:util";
import { contentDir } from "../lib/content/files";
import { readContent } from "../lib/content/read";
import { formatAnnotation, formatProblem } from "../lib/content/problems";
import { problemCount } from "../lib/check/messages";
import { siteTextCheck } from "../lib/spelling/site";

const { values } = parseArgs({ options: { strikt: { type: "boolean", default: false } } });
const root = contentDir();
// CONTENT_TEXT_CHECK=off leaves spelling and readability out: only for `npm run bench:spelling`'s baseline.
const read = readContent(root, process.env.CONTENT_TEXT_CHECK === "off" ? {} : { checkText: siteTextCheck(root) });
const { articles, authors } = read;
const problems = values.strikt ? read.problems.map((p) => ({ ...p, severity: "error" as const })) : read.problems;

for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === "true") {
  for (const problem of problems) console.log(formatAnnotation(problem));
}

// Warnings (a typo, a long sentence, an image that will look blurry) are shown but do not fail the check.
const errors = problems.filter((p) => p.severity !== "warning");
const warnings = problems.length - errors.length;
if (warnings > 0) console.log(`\n! ${warnings} waarschuwing${warnings === 1 ? "" : "en"}: de site wordt wel gebouwd, maar kijk er even naar (met --strikt tellen ze als fout).`);
const files = new Set(errors.map((p) => p.file)).size;
if (errors.length > 0) {
  console.log(
    `\n✗ ${problemCount(errors.length, files)}. Elke regel hierboven noemt het bestand, de regel en de kolom, ` +
      "en wat je moet veranderen. De code tussen [ ] staat met een voorbeeld in content/README.md.",
  );
  process.exit(1);
}
console.log(`✓ De inhoud klopt: ${articles.length} ${articles.length === 1 ? "artikel" : "artikelen"} en ${authors.length} ${authors.length === 1 ? "auteur" : "auteurs"} gecontroleerd.`);
