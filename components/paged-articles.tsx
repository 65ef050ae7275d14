import type { ArticleSummary } from "@/lib/content/articles";
import { pageItems } from "@/lib/pagination";
import { ArticleGrid } from "./article-grid";
import { Pagination } from "./pagination";

/** One page of a newest-first article list, with numbered links to the other pages. */
export function PagedArticles({ articles, page, basePath, headingLevel = 2 }: { articles: readonly ArticleSummary[]; page: number; basePath: string; headingLevel?: 2 | 3 }) {
  return (
    <>
      <ArticleGrid articles={pageItems(articles, page)} headingLevel={headingLevel} />
      <Pagination basePath={basePath} page={page} total={articles.length} />
    </>
  );
}
