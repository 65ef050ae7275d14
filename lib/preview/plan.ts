import { isPublished, type Article, type Author } from "../content/articles";
import type { ContentProblem } from "../content/problems";
import { countWords } from "../content/reading-time";
import { parseMdx } from "../mdx/compile";
import { blockText, readerText } from "../mdx/reader-text";
import { readability, type Readability } from "../readability/readability";
import { HOME_LATEST } from "../pagination";
import { articlePath, authorPath, paths, tagFeedPath, tagPath, withoutBasePath } from "../routes";
import { FEED_SIZE } from "../seo/feed";
import type { Tag } from "../tags";
import type { ChangeStatus, ContentChange } from "./changes";

/** The content on one side of the comparison, as the loader read it. */
export interface ContentSide {
  articles: readonly Article[];
  authors: readonly Author[];
}

/** Whether readers can see an article: published, a draft, or scheduled for a later day. */
export type Visibility = { state: "published" } | { state: "draft" } | { state: "scheduled"; date: string };

/** One section of the summary: an article or author that was added, changed, renamed or removed. */
export interface PreviewSection {
  kind: "article" | "author";
  change: ChangeStatus;
  slug: string;
  title: string;
  /** The web path, or for a removed item the path it had. */
  path: string;
  /** After a rename: the path it had before. */
  oldPath?: string;
  visibility?: Visibility;
  authors?: string[];
  tags?: (Tag & { isNew: boolean })[];
  words?: number;
  readingMinutes?: number;
  /** Flesch–Douma and reading time of the reader-visible paragraphs. */
  readability?: Readability;
  /** For an author: their role and how many articles carry their name. */
  role?: string;
  articleCount?: number;
  /** The content check's problems for this file: errors and warnings (spelling, readability). */
  problems: ContentProblem[];
  /** Whether screenshots are taken: an added or changed article that loaded. */
  screenshot: boolean;
}

/** A page of the site other than the changed article's own that shows different content. */
export interface TouchedPage {
  label: string;
  path: string;
}

/** An old address that stops working, and the articles that still link to it. */
export interface LinkWarning {
  oldPath: string;
  title: string;
  /** Where the article went, after a rename. */
  newPath?: string;
  linkedFrom: { title: string; file: string }[];
}

export interface PreviewPlan {
  sections: PreviewSection[];
  touched: TouchedPage[];
  warnings: LinkWarning[];
  /** Errors in files this pull request did not change (an article linking to a removed one, say); their warnings are not its business. */
  otherProblems: ContentProblem[];
  /** Every error: when there is any, the site cannot be built. Warnings do not count. */
  problemCount: number;
}

/** A file's place in the content folder (`articles/x.mdx`), to match paths written relative to different roots. */
const fileKey = (file: string) => file.split(/[\\/]/).slice(-2).join("/");

/** Flesch–Douma and reading time of an article's paragraphs, as a reader sees them. */
function articleReadability(body: string): Readability | undefined {
  const tree = parseMdx(body);
  if ("reason" in tree) return undefined;
  return readability(readerText(tree).filter((b) => b.kind === "paragraph").map(blockText));
}

function visibility(article: Article, today: string): Visibility {
  if (article.draft) return { state: "draft" };
  if (article.date > today) return { state: "scheduled", date: article.date };
  return { state: "published" };
}

/** Articles that link to `path` (an unprefixed site path such as /artikelen/x), by their raw text. */
function linksTo(path: string, articles: readonly Article[]): Article[] {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const link = new RegExp(`(\\]\\(\\s*<?|\\]:\\s*<?)${escaped}(?![\\w-])`);
  return articles.filter((a) => link.test(a.body));
}

const statusOrder: Record<ChangeStatus, number> = { added: 0, modified: 1, renamed: 2, deleted: 3 };

/**
 * What a pull request changes in the content, worked out from git's list of changed files and the
 * content on both sides: one section per changed article or author, the other pages that change,
 * the old addresses that stop working and every content-check problem.
 */
export function planPreview(changes: readonly ContentChange[], before: ContentSide, after: ContentSide & { problems: readonly ContentProblem[] }, today: string): PreviewPlan {
  const oldArticle = new Map(before.articles.map((a) => [a.slug, a]));
  const newArticle = new Map(after.articles.map((a) => [a.slug, a]));
  const oldAuthor = new Map(before.authors.map((a) => [a.slug, a]));
  const newAuthor = new Map(after.authors.map((a) => [a.slug, a]));
  const publishedBefore = before.articles.filter((a) => isPublished(a, today));
  const publishedAfter = after.articles.filter((a) => isPublished(a, today));
  const knownTags = new Set(publishedBefore.flatMap((a) => a.tags.map((t) => t.slug)));
  const problemsOf = (file: string) => after.problems.filter((p) => fileKey(p.file) === fileKey(file));

  const touched = new Map<string, string>();
  const touch = (path: string, label: string) => touched.set(path, label);
  const newest = (list: readonly Article[], n: number) => new Set(list.slice(0, n).map((a) => a.slug));
  const homeBefore = newest(publishedBefore, HOME_LATEST);
  const homeAfter = newest(publishedAfter, HOME_LATEST);
  const feedBefore = newest(publishedBefore, FEED_SIZE);
  const feedAfter = newest(publishedAfter, FEED_SIZE);
  const warnings: LinkWarning[] = [];

  const sections: PreviewSection[] = [...changes]
    .sort((a, b) => (a.kind === b.kind ? statusOrder[a.status] - statusOrder[b.status] || a.slug.localeCompare(b.slug) : a.kind === "article" ? -1 : 1))
    .map((change): PreviewSection => {
      const oldSlug = change.oldSlug ?? change.slug;
      if (change.kind === "author") {
        const now = change.status === "deleted" ? undefined : newAuthor.get(change.slug);
        const was = oldAuthor.get(oldSlug);
        touch(paths.authors, "Alle auteurs");
        if (now) touch(authorPath(now.slug), `Auteurspagina ${now.name}`);
        return {
          kind: "author", change: change.status, slug: change.slug, title: now?.name ?? was?.name ?? change.slug,
          path: authorPath(change.slug), ...(change.oldSlug ? { oldPath: authorPath(change.oldSlug) } : {}),
          role: now?.role ?? was?.role,
          articleCount: after.articles.filter((a) => a.authors.some((x) => x.slug === change.slug)).length,
          problems: change.status === "deleted" ? [] : problemsOf(change.file), screenshot: false,
        };
      }
      const now = change.status === "deleted" ? undefined : newArticle.get(change.slug);
      const was = oldArticle.get(oldSlug);
      // Lists, tag pages, author pages and feeds change only through what readers can see.
      for (const article of [was && isPublished(was, today) ? was : undefined, now && isPublished(now, today) ? now : undefined]) {
        if (!article) continue;
        touch(paths.articles, "Alle artikelen");
        touch(paths.tags, "Alle onderwerpen");
        if (homeBefore.has(article.slug) || homeAfter.has(article.slug)) touch(paths.home, "Home (bij de nieuwste artikelen)");
        if (feedBefore.has(article.slug) || feedAfter.has(article.slug)) touch(paths.feed, "RSS-feed van de site");
        for (const tag of article.tags) {
          touch(tagPath(tag.slug), `Onderwerp ${tag.label}`);
          touch(tagFeedPath(tag.slug), `RSS-feed van ${tag.label}`);
        }
        for (const author of article.authors) touch(authorPath(author.slug), `Auteurspagina ${author.name}`);
      }
      if ((change.status === "deleted" || change.status === "renamed") && was && isPublished(was, today)) {
        const oldPath = articlePath(oldSlug);
        const linkedFrom = linksTo(withoutBasePath(oldPath), after.articles.filter((a) => a.slug !== change.slug));
        warnings.push({ oldPath, title: was.title, ...(now ? { newPath: articlePath(now.slug) } : {}), linkedFrom: linkedFrom.map((a) => ({ title: a.title, file: a.file })) });
      }
      const shown = now ?? was;
      return {
        kind: "article", change: change.status, slug: change.slug, title: shown?.title ?? change.slug,
        path: articlePath(change.slug), ...(change.oldSlug ? { oldPath: articlePath(change.oldSlug) } : {}),
        ...(now ? { visibility: visibility(now, today) } : {}),
        ...(shown
          ? {
              authors: shown.authors.map((a) => a.name),
              tags: shown.tags.map((t) => ({ ...t, isNew: Boolean(now) && !knownTags.has(t.slug) })),
              words: countWords(shown.body),
              readingMinutes: shown.readingMinutes,
              ...(now ? { readability: articleReadability(now.body) } : {}),
            }
          : {}),
        problems: change.status === "deleted" ? [] : problemsOf(change.file),
        screenshot: Boolean(now) && change.status !== "deleted",
      };
    });

  const changedFiles = new Set(changes.filter((c) => c.status !== "deleted").map((c) => fileKey(c.file)));
  return {
    sections,
    touched: [...touched].map(([path, label]) => ({ path, label })).sort((a, b) => a.path.localeCompare(b.path)),
    warnings,
    otherProblems: after.problems.filter((p) => p.severity !== "warning" && !changedFiles.has(fileKey(p.file))),
    problemCount: after.problems.filter((p) => p.severity !== "warning").length,
  };
}
