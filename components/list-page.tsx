import type { ArticleSummary } from "@/lib/content/articles";
import { t } from "@/lib/strings";
import { PageHeading } from "./page-heading";
import { PagedArticles } from "./paged-articles";

/** Page 2 and beyond of an article list: the list's name and page number, the cards and the pager. */
export function ListPage({ title, basePath, articles, page }: { title: string; basePath: string; articles: readonly ArticleSummary[]; page: number }) {
  return (
    <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
      <PageHeading
        kicker={<a href={basePath} className="inline-flex min-h-11 items-center hover:underline"><span aria-hidden="true">←&nbsp;</span>{title}</a>}
        title={`${title}${t.pagination.titleSuffix(page)}`}
      />
      <PagedArticles articles={articles} page={page} basePath={basePath} />
    </div>
  );
}
