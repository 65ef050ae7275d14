import { say } from "../check/messages";
import type { Author } from "./articles";
import type { PendingArticle } from "./article";
import type { ContentProblem } from "./problems";

/** The characters of a text a social image cannot draw (lib/seo/og-assets.ts answers from the fonts and emoji set). */
export type Undrawable = (text: string) => string[];

function problemsOf(file: string, lineOf: (field: string) => number, fields: readonly (readonly [string, readonly string[]])[], undrawable: Undrawable): ContentProblem[] {
  return fields.flatMap(([field, texts]) =>
    [...new Set(texts.flatMap(undrawable))].map((character) => ({
      file, line: lineOf(field), column: 1, message: say("teken-onbekend", field, character),
    })),
  );
}

/** An article's title and tags, which its social image and the tags' images show. */
export function articleDrawProblems({ file, split, article }: PendingArticle, undrawable: Undrawable): ContentProblem[] {
  if (!article) return [];
  return problemsOf(file, split.lineOf, [["title", [article.title]], ["tags", article.tags.map((t) => t.label)]], undrawable);
}

/** An author's name and role, which their social image and their articles' images show. */
export function authorDrawProblems(file: string, lineOf: (field: string) => number, author: Author, undrawable: Undrawable): ContentProblem[] {
  return problemsOf(file, lineOf, [["name", [author.name]], ["role", [author.role]]], undrawable);
}
