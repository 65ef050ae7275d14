import type { Root } from "mdast";
import { collectHeadings } from "../mdx/headings";
import { parseMdx } from "../mdx/compile";
import { plainText } from "../mdx/plain-text";
import { checkMdxTree, type SiteContext } from "../mdx/rules";
import { tagSlug, toTag } from "../tags";
import { findAuthor, type Article, type Author } from "./articles";
import { splitFrontmatter, type SplitFile } from "./frontmatter";
import type { ContentProblem } from "./problems";
import { say } from "../check/messages";
import { readingMinutes } from "./reading-time";
import { articleFrontmatterSchema } from "./schema";
import { validateFrontmatter } from "./validate";
import type { TextCheck } from "./text-check";

/** An article whose frontmatter has been read; its body is parsed later, one at a time. */
export interface PendingArticle {
  file: string;
  split: SplitFile;
  /** Undefined when the frontmatter is invalid; the body is still read for MDX errors. */
  article?: Omit<Article, "headings" | "text" | "readingMinutes">;
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
    if (!slug) at("tags", say("tag-zonder-letters", label));
    else if (tagSlugs.indexOf(slug) !== i) at("tags", say("tag-dubbel", label));
  });
  const known = authors.map((a) => `${a.name} (${a.slug})`);
  const resolved: Author[] = [];
  for (const reference of Array.isArray(data.author) ? data.author : [data.author]) {
    const author = findAuthor(reference, authors);
    if (!author) at("author", say("auteur-onbekend", reference, known));
    else if (resolved.includes(author)) at("author", say("auteur-dubbel", reference, author.name));
    else resolved.push(author);
  }
  const article = {
    slug, file, title: data.title, date: data.date, updated: data.updated, draft: data.draft ?? false,
    excerpt: data.excerpt, tags: data.tags.map(toTag), authors: resolved, body: split.body,
  };
  return { pending: { file, split, article }, problems };
}

/**
 * Pass 2 for one article: its body parsed and checked against the MDX rules, with problems on the
 * file's own lines. Returns the finished article when the frontmatter was valid too.
 */
export function parseArticleBody(
  { file, split, article }: PendingArticle,
  context: SiteContext,
  checkImages: (tree: Root) => (Omit<ContentProblem, "file">)[] = () => [],
  checkText?: TextCheck,
): { article?: Article; problems: ContentProblem[] } {
  const tree = parseMdx(split.body);
  if ("reason" in tree) {
    return { problems: [{ file, line: tree.line + split.bodyLineOffset, column: tree.column, message: tree.message }] };
  }
  const problems: ContentProblem[] = [...checkMdxTree(tree, context), ...checkImages(tree)].map((p) => ({ ...p, file, line: p.line + split.bodyLineOffset }));
  if (checkText) problems.push(...checkText({ file, split, tree }));
  // Reading time counts what a reader sees (no notes, no markup), from the same tree as the page.
  const text = plainText(tree);
  return { article: article && { ...article, headings: collectHeadings(tree), text, readingMinutes: readingMinutes(text) }, problems };
}
