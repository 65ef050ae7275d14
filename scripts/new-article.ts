/**
 * `npm run new:article -- "Titel van het artikel" ["Auteur"]`: creates content/articles/<slug>.mdx
 * with valid frontmatter (today's date in the Netherlands, draft: true), ready to write in.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/files";
import { readContent } from "../lib/content/read";
import { todayInAmsterdam } from "../lib/dates";
import { findAuthor } from "../lib/content/articles";
import { newArticleSource, slugForTitle } from "../lib/content/new-article";

const [title, authorArg] = process.argv.slice(2);
if (!title?.trim()) {
  console.error('Give the title: npm run new:article -- "Titel van het artikel" ["Auteur"]');
  process.exit(2);
}
const slug = slugForTitle(title);
const file = path.join(contentDir(), "articles", `${slug}.mdx`);
if (fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists; choose another title or edit that file.`);
  process.exit(1);
}
const { authors } = readContent();
const author = authorArg ? findAuthor(authorArg, authors) : authors[0];
if (!author) {
  console.error(`Unknown author "${authorArg ?? ""}"; known authors: ${authors.map((a) => a.name).join(", ") || "none: add one in content/authors/"}`);
  process.exit(1);
}
fs.writeFileSync(file, newArticleSource({ title: title.trim(), date: todayInAmsterdam(), author: author.name }));
console.log(`Created ${path.relative(process.cwd(), file)} (draft, by ${author.name}). Run npm run dev to see it with the "Concept" label.`);
