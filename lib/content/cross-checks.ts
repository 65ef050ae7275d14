import type { SiteContext } from "../mdx/rules";
import { sitePages, withBasePath } from "../routes";
import { findTagClashes } from "../tags";
import { isPublished, type Author } from "./articles";
import type { PendingArticle } from "./article";
import type { ContentProblem } from "./problems";
import { say } from "../check/messages";

type Valid = PendingArticle & { article: NonNullable<PendingArticle["article"]> };

/** Checks between articles: one title per article, one spelling per tag. */
export function crossChecks(pending: readonly PendingArticle[]): ContentProblem[] {
  const valid = pending.filter((p): p is Valid => p.article !== undefined);
  const problems: ContentProblem[] = [];
  const titles = new Map<string, string>();
  for (const { article, split } of valid) {
    const key = article.title.toLowerCase();
    const first = titles.get(key);
    if (first) problems.push({ file: article.file, line: split.lineOf("title"), column: 1, message: say("titel-dubbel", article.title, first) });
    else titles.set(key, article.file);
  }
  const byFile = new Map(valid.map((p) => [p.article.file, p]));
  for (const clash of findTagClashes(valid.map(({ article }) => ({ source: article.file, labels: article.tags.map((t) => t.label) })))) {
    problems.push({
      file: clash.other.source, line: byFile.get(clash.other.source)!.split.lineOf("tags"), column: 1,
      message: say("tag-spelling", clash.other.label, clash.first.label, clash.first.source),
    });
  }
  return problems;
}

/** What the MDX rules may ask of the site: links only to pages a production build will have. */
export function siteContext(pending: readonly PendingArticle[], authors: readonly Author[], today: string, publicFileExists: (p: string) => boolean): SiteContext {
  // Drafts and articles dated later are not in a production build, so no link may lead there.
  const published = pending.flatMap((p) => (p.article && isPublished(p.article, today) ? [p.article] : []));
  const pages = new Set(sitePages(published, authors.map((a) => a.slug)).map((p) => p.path));
  // Editors write /artikelen/x; the site's own paths carry the base path when it has one.
  return { pageExists: (p) => pages.has(withBasePath(p)), publicFileExists };
}
