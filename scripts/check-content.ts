/**
 * `npm run check:content`: checks every file in content/ and reports all problems at once as
 * `path:line:column  message`, plus GitHub annotations when run in GitHub Actions. Exit 1 on any problem.
 */
import { contentDir, readContent } from "../lib/content";
import { formatAnnotation, formatProblem } from "../lib/problems";

const { articles, authors, problems } = readContent(contentDir());

for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === "true") {
  for (const problem of problems) console.log(formatAnnotation(problem));
}

// Warnings (an image that will look blurry) are shown but do not fail the check.
const errors = problems.filter((p) => p.severity !== "warning");
const warnings = problems.length - errors.length;
if (warnings > 0) console.log(`\n! ${warnings} waarschuwing${warnings === 1 ? "" : "en"}: de site wordt wel gebouwd, maar kijk er even naar.`);
const files = new Set(errors.map((p) => p.file)).size;
if (errors.length > 0) {
  console.log(
    `\n✗ ${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}. ` +
      "Each line above names the file, line and column, and what to change. See content/README.md for the rules.",
  );
  process.exit(1);
}
console.log(`✓ content is valid: ${articles.length} articles and ${authors.length} authors checked.`);
