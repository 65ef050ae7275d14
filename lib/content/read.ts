import { todayInAmsterdam } from "../dates";
import { checkAvatar, checkImagesInTree } from "../images/check";
import { parseArticleBody, parseArticleFrontmatter, type PendingArticle } from "./article";
import { sortNewestFirst, type Article, type Author } from "./articles";
import { parseAuthor } from "./author";
import { crossChecks, siteContext } from "./cross-checks";
import { articleDrawProblems, authorDrawProblems } from "./drawable";
import { checkFileNames } from "./file-names";
import { contentDir, publicFileExists, readFolder } from "./files";
import { sortProblems, type ContentProblem } from "./problems";
import type { TextCheck } from "./text-check";
import { undrawable } from "../seo/og-assets";

/** Everything in content/, validated, plus every problem found on the way. */
export interface ContentSet {
  articles: Article[];
  authors: Author[];
  problems: ContentProblem[];
}

/** Extra checks for the content check that the page build does without. */
export interface ReadOptions {
  /** Spelling and readability of each article's reader-visible text (see lib/content/text-check.ts). */
  checkText?: TextCheck;
}

/**
 * Reads and validates every author and article under `root`, collecting all problems at once.
 * All frontmatter is read first; then the bodies are parsed one at a time, so only one syntax tree
 * is alive at once and memory stays flat however many articles there are.
 */
export function readContent(root: string = contentDir(), options: ReadOptions = {}): ContentSet {
  const problems: ContentProblem[] = [];
  const collect = <T>({ problems: found, ...rest }: { problems: ContentProblem[] } & T) => (problems.push(...found), rest);

  const authors: Author[] = [];
  for (const file of checkFileNames(readFolder(root, "authors"), [".md", ".mdx"], problems)) {
    const { author, lineOf } = collect(parseAuthor(file, publicFileExists, checkAvatar));
    if (!author || !lineOf) continue;
    authors.push(author);
    problems.push(...authorDrawProblems(file.file, lineOf, author, undrawable));
  }
  const pending: PendingArticle[] = [];
  for (const file of checkFileNames(readFolder(root, "articles"), [".mdx"], problems)) {
    const { pending: found } = collect(parseArticleFrontmatter(file, authors));
    if (!found) continue;
    pending.push(found);
    problems.push(...articleDrawProblems(found, undrawable));
  }
  problems.push(...crossChecks(pending));
  const context = siteContext(pending, authors, todayInAmsterdam(), publicFileExists);
  const articles: Article[] = [];
  for (const item of pending) {
    const { article } = collect(parseArticleBody(item, context, checkImagesInTree, options.checkText));
    if (article) articles.push(article);
  }
  return { authors, articles: sortNewestFirst(articles), problems: sortProblems(problems) };
}
