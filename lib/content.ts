import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { articleFrontmatterSchema, authorFrontmatterSchema } from "./schema";
import { splitFrontmatter, type SplitFile } from "./frontmatter";
import { parseMdx } from "./mdx";
import { checkMdxTree, type SiteContext } from "./mdx-rules";
import { ContentError, sortProblems, type ContentProblem } from "./problems";
import { countTags, findTagClashes, toTag, tagSlug, type Tag } from "./tags";
import { pageCount, pagePath } from "./pagination";
import { readingMinutes } from "./reading-time";
import { collectHeadings } from "./headings";
import { plainText } from "./plain-text";
import { closest } from "./suggest";
import { articlesBy, findAuthor, isPublished, sortNewestFirst, visibleArticles, type Article, type Author } from "./articles";
import { todayInAmsterdam } from "./dates";
import { dutchOrder } from "./collation";
import { publicDir } from "./images/paths";
import { checkAvatar, checkImagesInTree } from "./images/check";

/** Everything in content/, validated, plus every problem found on the way. */
export interface ContentSet {
  articles: Article[];
  authors: Author[];
  problems: ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATIC_PAGES = ["/", "/tags", "/auteurs", "/zoeken", "/feed.xml", "/sitemap.xml"];

/** The content folder: CONTENT_DIR when set (benchmarks, tests), else ./content. */
export function contentDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/** A path as editors see it: relative to the repository when inside it. */
function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return relative && !relative.startsWith("..") ? relative.split(path.sep).join("/") : full;
}

interface SourceFile {
  file: string;
  slug: string;
  source: string;
}

function listFiles(dir: string, extensions: readonly string[], problems: ContentProblem[]): SourceFile[] {
  if (!fs.existsSync(dir)) return [];
  const files: SourceFile[] = [];
  const slugs = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const file = displayPath(full);
    const ext = path.extname(name);
    if (!extensions.includes(ext)) {
      problems.push({ file, line: 1, column: 1, message: `only ${extensions.join(" or ")} files belong here; rename or move this file` });
      continue;
    }
    const slug = path.basename(name, ext);
    if (!SLUG.test(slug)) {
      problems.push({
        file, line: 1, column: 1,
        message: `the file name "${slug}" must be lowercase words joined by hyphens, like ${tagSlug(slug) || "mijn-artikel"}${ext}`,
      });
    }
    const twin = slugs.get(slug);
    if (twin) problems.push({ file, line: 1, column: 1, message: `another file has the same slug "${slug}": ${twin}; rename one of them` });
    slugs.set(slug, file);
    files.push({ file, slug, source: fs.readFileSync(full, "utf8") });
  }
  return files;
}

/** Validates frontmatter against a schema, turning each issue into a problem on the field's line. */
export function validateFrontmatter<S extends z.ZodObject>(
  file: string,
  split: SplitFile,
  schema: S,
): { data?: z.infer<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(split.data);
  if (result.success) return { data: result.data, problems: [] };
  const known = Object.keys(schema.shape);
  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return {
          file, line: split.lineOf(key), column: 1,
          message: `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : `; known fields: ${known.join(", ")}`}`,
        };
      });
    }
    const field = String(issue.path[0] ?? "");
    const value = split.data[field];
    const where = issue.path.length > 1 ? `${issue.path.join(".")}` : field;
    const message =
      value === undefined
        ? `${field}: this required field is missing; add a line "${field}: …" to the frontmatter`
        : value === null && issue.path.length === 1
          ? `${field}: this field is empty; write its value after "${field}:"`
          : `${where}: ${issue.message}, got ${describeValue(value)}`;
    return [{ file, line: split.lineOf(field), column: 1, message }];
  });
  return { problems };
}

/** A found value, short enough for one line of a report. */
function describeValue(value: unknown): string {
  const json = JSON.stringify(value);
  return typeof value === "string" && value.length > 60 ? `${value.length} characters` : json;
}

/** Plain advice for the MDX compiler's commonest complaints. */
function mdxHint(reason: string): string {
  if (/closing tag for `<(\w+)>`/.test(reason)) return `; close it with </${/closing tag for `<(\w+)>`/.exec(reason)![1]}> on its own line`;
  if (/before name/.test(reason)) return "; a < starts a tag: write \\< or the words \"minder dan\" for a literal <";
  if (/Unexpected end of file/.test(reason)) return "; a tag is not finished: end it with >";
  if (/Could not parse expression|Unexpected character .* in expression/.test(reason)) return "; curly braces hold code: write \\{ for a literal brace";
  return "";
}

function loadAuthors(dir: string, problems: ContentProblem[]): Author[] {
  const authors: Author[] = [];
  for (const { file, slug, source } of listFiles(dir, [".md", ".mdx"], problems)) {
    const split = splitFrontmatter(file, source);
    if ("message" in split) {
      problems.push(split);
      continue;
    }
    const { data, problems: found } = validateFrontmatter(file, split, authorFrontmatterSchema);
    problems.push(...found);
    if (!data) continue;
    if (data.avatar && !fs.existsSync(path.join(publicDir(), data.avatar))) {
      problems.push({ file, line: split.lineOf("avatar"), column: 1, message: `avatar ${data.avatar} does not exist; put the image in public${data.avatar} or remove the line` });
    } else if (data.avatar) {
      for (const p of checkAvatar(data.avatar)) problems.push({ file, line: split.lineOf("avatar"), column: 1, ...p });
    }
    const bio = split.body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
    if (bio.length === 0) problems.push({ file, line: split.bodyLineOffset + 1, column: 1, message: "the bio is missing; write a few sentences below the frontmatter" });
    authors.push({ slug, name: data.name, role: data.role, avatar: data.avatar, links: data.links ?? {}, bio });
  }
  return authors;
}

/** An article whose frontmatter has been read; its body is parsed later, one at a time. */
interface PendingArticle {
  file: string;
  split: SplitFile;
  /** Undefined when the frontmatter is invalid; the body is still read for MDX errors. */
  article?: Omit<Article, "headings" | "text">;
}

/** Pass 1: every article's frontmatter, validated. Bodies are not parsed yet. */
function loadArticles(dir: string, authors: Author[], problems: ContentProblem[]): PendingArticle[] {
  const pending: PendingArticle[] = [];
  const known = authors.map((a) => `${a.name} (${a.slug})`).join(", ") || "none yet: add one in content/authors/";
  for (const { file, slug, source } of listFiles(dir, [".mdx"], problems)) {
    const split = splitFrontmatter(file, source);
    if ("message" in split) {
      problems.push(split);
      continue;
    }
    const { data, problems: found } = validateFrontmatter(file, split, articleFrontmatterSchema);
    problems.push(...found);
    if (!data) {
      pending.push({ file, split });
      continue;
    }
    const tagSlugs = data.tags.map(tagSlug);
    tagSlugs.forEach((slug, i) => {
      const label = data.tags[i]!;
      if (!slug) problems.push({ file, line: split.lineOf("tags"), column: 1, message: `tags: "${label}" has no letters or digits to make a web address from; use a word` });
      else if (tagSlugs.indexOf(slug) !== i) problems.push({ file, line: split.lineOf("tags"), column: 1, message: `tags: "${label}" is listed twice; remove one` });
    });
    const references = Array.isArray(data.author) ? data.author : [data.author];
    const resolved: Author[] = [];
    for (const reference of references) {
      const author = findAuthor(reference, authors);
      if (!author) problems.push({ file, line: split.lineOf("author"), column: 1, message: `author: unknown author "${reference}"; known authors: ${known}` });
      else if (resolved.includes(author)) problems.push({ file, line: split.lineOf("author"), column: 1, message: `author: "${reference}" is ${author.name}, who is already listed; remove one` });
      else resolved.push(author);
    }
    pending.push({
      file,
      split,
      article: {
        slug, file, title: data.title, date: data.date, updated: data.updated, draft: data.draft ?? false,
        excerpt: data.excerpt, tags: data.tags.map(toTag), authors: resolved, body: split.body,
        readingMinutes: readingMinutes(split.body),
      },
    });
  }
  return pending;
}

/** Checks between articles (titles, tag spellings), and the pages a production build will have. */
function crossChecks(pending: PendingArticle[], authors: Author[], problems: ContentProblem[]): SiteContext {
  const valid = pending.flatMap(({ article, split }) => (article ? [{ article, split }] : []));
  const titles = new Map<string, string>();
  for (const { article, split } of valid) {
    const key = article.title.toLowerCase();
    const first = titles.get(key);
    if (first) problems.push({ file: article.file, line: split.lineOf("title"), column: 1, message: `title: "${article.title}" is already the title of ${first}; choose a different title` });
    else titles.set(key, article.file);
  }
  const byFile = new Map(valid.map((p) => [p.article.file, p]));
  for (const clash of findTagClashes(valid.map(({ article }) => ({ source: article.file, labels: article.tags.map((t) => t.label) })))) {
    const p = byFile.get(clash.other.source)!;
    problems.push({
      file: clash.other.source, line: p.split.lineOf("tags"), column: 1,
      message: `tags: "${clash.other.label}" is spelt "${clash.first.label}" in ${clash.first.source}; use that spelling so the site shows one tag`,
    });
  }
  // Links may only point at pages a production build will have: drafts and future articles are not there.
  const published = valid.map((p) => p.article).filter((a) => isPublished(a, todayInAmsterdam()));
  const pages = new Set(STATIC_PAGES);
  const addList = (basePath: string, count: number) => {
    for (let page = 1; page <= pageCount(count); page++) pages.add(pagePath(basePath, page));
  };
  addList("/artikelen", published.length);
  for (const article of published) pages.add(`/artikelen/${article.slug}`);
  for (const { tag, count } of countTags(published)) {
    addList(`/tags/${tag.slug}`, count);
    pages.add(`/tags/${tag.slug}/feed.xml`);
  }
  for (const author of authors) addList(`/auteurs/${author.slug}`, articlesBy(author.slug, published).length);
  return {
    pageExists: (p) => pages.has(p),
    publicFileExists: (p) => !p.includes("..") && fs.existsSync(path.join(publicDir(), p)),
  };
}

/**
 * Pass 2: each body parsed and checked in turn. Only one syntax tree is alive at a time, so
 * memory stays flat however many articles there are.
 */
function loadBodies(pending: PendingArticle[], context: SiteContext, problems: ContentProblem[]): Article[] {
  const articles: Article[] = [];
  for (const { file, split, article } of pending) {
    const tree = parseMdx(split.body);
    if ("reason" in tree) {
      problems.push({
        file, line: tree.line + split.bodyLineOffset, column: tree.column,
        message: `the MDX cannot be read: ${tree.reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, "")}${mdxHint(tree.reason)}`,
      });
      continue;
    }
    for (const problem of checkMdxTree(tree, context)) {
      problems.push({ file, line: problem.line + split.bodyLineOffset, column: problem.column, message: problem.message });
    }
    for (const p of checkImagesInTree(tree)) problems.push({ file, ...p, line: p.line + split.bodyLineOffset });
    if (article) articles.push({ ...article, headings: collectHeadings(tree), text: plainText(tree) });
  }
  return articles;
}

/** Reads and validates every author and article under `root`, collecting all problems at once. */
export function readContent(root: string = contentDir()): ContentSet {
  const problems: ContentProblem[] = [];
  const authors = loadAuthors(path.join(root, "authors"), problems);
  const pending = loadArticles(path.join(root, "articles"), authors, problems);
  const context = crossChecks(pending, authors, problems);
  const articles = loadBodies(pending, context, problems);
  return { authors, articles: sortNewestFirst(articles), problems: sortProblems(problems) };
}

/** The visible articles with the lookups pages need, built once so no page scans the archive. */
interface Content {
  articles: Article[];
  /** Alphabetically by name. */
  authors: Author[];
  bySlug: Map<string, Article>;
  /** Tag slug → its articles, newest first. */
  byTag: Map<string, Article[]>;
  /** Author slug → their (co-)written articles, newest first. */
  byAuthor: Map<string, Article[]>;
  tags: { tag: Tag; count: number }[];
}

function indexContent(articles: Article[], authors: readonly Author[]): Content {
  const byTag = new Map<string, Article[]>();
  const byAuthor = new Map<string, Article[]>(authors.map((a) => [a.slug, []]));
  // Articles come newest first, so every list built here is newest first too.
  for (const article of articles) {
    for (const tag of article.tags) {
      const list = byTag.get(tag.slug);
      if (list) list.push(article);
      else byTag.set(tag.slug, [article]);
    }
    for (const author of article.authors) byAuthor.get(author.slug)?.push(article);
  }
  return {
    articles,
    authors: [...authors].sort((a, b) => dutchOrder.compare(a.name, b.name)),
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    byTag,
    byAuthor,
    tags: countTags(articles),
  };
}

let cached: Content | undefined;
let cachedSignature = "";

/** Every content file's name, modification time and size, as one string. */
function contentSignature(root: string): string {
  return ["authors", "articles"]
    .flatMap((sub) => {
      const dir = path.join(root, sub);
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).map((name) => {
        const stat = fs.statSync(path.join(dir, name));
        return `${sub}/${name}:${stat.mtimeMs}:${stat.size}`;
      });
    })
    .join("|");
}

/**
 * The site's content, read once per process (so once per build) and cached. Throws a ContentError
 * listing every problem when anything is invalid: broken content never silently disappears.
 */
function getContent(): Content {
  // Under `npm run dev` an edited, added or removed file must show on the next reload: the content
  // is read again whenever a file's time or size differs, and otherwise shared by all the calls
  // that one page makes.
  const signature = process.env.NODE_ENV === "development" ? contentSignature(contentDir()) : "";
  if (!cached || signature !== cachedSignature) {
    const { articles, authors, problems } = readContent();
    const errors = problems.filter((p) => p.severity !== "warning");
    if (errors.length > 0) throw new ContentError(errors);
    const preview = process.env.NODE_ENV === "development";
    cached = indexContent(visibleArticles(articles, { preview, today: todayInAmsterdam() }), authors);
    cachedSignature = signature;
  }
  return cached;
}

/** Published articles (drafts too under `npm run dev`), newest first. */
export function getArticles(): Article[] {
  return getContent().articles;
}

/** One article by slug, or undefined. */
export function getArticle(slug: string): Article | undefined {
  return getContent().bySlug.get(slug);
}

/** All authors, alphabetically by name. */
export function getAuthors(): Author[] {
  return getContent().authors;
}

/** Every tag of the visible articles with its count: most used first, then alphabetically. */
export function getTagCounts(): { tag: Tag; count: number }[] {
  return getContent().tags;
}

/** The articles carrying a tag, newest first (empty for an unknown tag). */
export function getArticlesTagged(tagSlug: string): Article[] {
  return getContent().byTag.get(tagSlug) ?? [];
}

/** The articles an author wrote or co-wrote, newest first (empty for an unknown author). */
export function getArticlesBy(authorSlug: string): Article[] {
  return getContent().byAuthor.get(authorSlug) ?? [];
}
