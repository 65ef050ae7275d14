/**
 * `npm run check:content`: checks every file in content/ and reports all problems at once as
 * `path:line:column  message`, plus GitHub annotations when run in GitHub Actions. Exit 1 on any problem.
 */
import { contentDir } from "../lib/content/files";
import { readContent } from "../lib/content/read";
import { formatAnnotation, formatProblem } from "../lib/content/problems";

const { articles, authors, problems } = readContent(contentDir());

for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === "true") {
  for (const problem of problems) console.log(formatAnnotation(problem));
}

const files = new Set(problems.map((p) => p.file)).size;
if (problems.length > 0) {
  console.log(
    `\n✗ ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}. ` +
      "Each line above names the file, line and column, and what to change. See content/README.md for the rules.",
  );
  process.exit(1);
}
console.log(`✓ content is valid: ${articles.length} articles and ${authors.length} authors checked.`);
