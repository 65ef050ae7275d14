import { collectHeadings } from "../mdx/headings";
import { parseMdx } from "../mdx/compile";
import { plainText } from "../mdx/plain-text";
import { checkMdxTree, type SiteContext } from "../mdx/rules";
import { tagSlug, toTag } from "../tags";
import { findAuthor, type Article, type Author } from "./articles";
import { splitFrontmatter, type SplitFile } from "./frontmatter";
import type { ContentProblem } from "./problems";
import { readingMinutes } from "./reading-time";
import { articleFrontmatterSchema } from "./schema";
import { validateFrontmatter } from "./validate";

/** An article whose frontmatter has been read; its body is parsed later, one at a time. */
export interface PendingArticle {
  file: string;
  split: SplitFile;
  /** Undefined when the frontmatter is invalid; the body is still read for MDX errors. */
  article?: Omit<Article, "headings" | "text">;
}

/** Pass 1 for one article: its frontmatter validated, tags checked and authors resolved. Pure. */
export function parseArticleFrontmatter(
  { file, slug, source }: { file: string; slug: string; source: string },
  authors: readonly Author[],
): { pending?: PendingArticle; problems: ContentProblem[] } {
  const split = splitFrontmatter(file, source);
  if ("message" in split) return { problems: [split] };
  const { data, problems } = validateFrontmatter(file, split, articleFrontmatterSchema);
  if (!data) return { pending: { file, split }, problems };
  const at = (field: string, message: string) => problems.push({ file, line: split.lineOf(field), column: 1, message });
  const tagSlugs = data.tags.map(tagSlug);
  tagSlugs.forEach((slug, i) => {
    const label = data.tags[i]!;
    if (!slug) at("tags", `tags: "${label}" has no letters or digits to make a web address from; use a word`);
    else if (tagSlugs.indexOf(slug) !== i) at("tags", `tags: "${label}" is listed twice; remove one`);
  });
  const known = authors.map((a) => `${a.name} (${a.slug})`).join(", ") || "none yet: add one in content/authors/";
  const resolved: Author[] = [];
  for (const reference of Array.isArray(data.author) ? data.author : [data.author]) {
    const author = findAuthor(reference, authors);
    if (!author) at("author", `author: unknown author "${reference}"; known authors: ${known}`);
    else if (resolved.includes(author)) at("author", `author: "${reference}" is ${author.name}, who is already listed; remove one`);
    else resolved.push(author);
  }
  const article = {
    slug, file, title: data.title, date: data.date, updated: data.updated, draft: data.draft ?? false,
    excerpt: data.excerpt, tags: data.tags.map(toTag), authors: resolved, body: split.body,
    readingMinutes: readingMinutes(split.body),
  };
  return { pending: { file, split, article }, problems };
}

/** Plain advice for the MDX compiler's commonest complaints. */
function mdxHint(reason: string): string {
  const unclosed = /closing tag for `<(\w+)>`/.exec(reason);
  if (unclosed) return `; close it with </${unclosed[1]}> on its own line`;
  if (/before name/.test(reason)) return "; a < starts a tag: write \\< or the words \"minder dan\" for a literal <";
  if (/Unexpected end of file/.test(reason)) return "; a tag is not finished: end it with >";
  if (/Could not parse expression|Unexpected character .* in expression/.test(reason)) return "; curly braces hold code: write \\{ for a literal brace";
  return "";
}

/**
 * Pass 2 for one article: its body parsed and checked against the MDX rules, with problems on the
 * file's own lines. Returns the finished article when the frontmatter was valid too.
 */
export function parseArticleBody({ file, split, article }: PendingArticle, context: SiteContext): { article?: Article; problems: ContentProblem[] } {
  const tree = parseMdx(split.body);
  if ("reason" in tree) {
    const message = `the MDX cannot be read: ${tree.reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, "")}${mdxHint(tree.reason)}`;
    return { problems: [{ file, line: tree.line + split.bodyLineOffset, column: tree.column, message }] };
  }
  const problems = checkMdxTree(tree, context).map((p) => ({ file, line: p.line + split.bodyLineOffset, column: p.column, message: p.message }));
  return { article: article && { ...article, headings: collectHeadings(tree), text: plainText(tree) }, problems };
}
