import { PageHeading } from "@/components/page-heading";
import { PagedArticles } from "@/components/paged-articles";
import { TagFilter } from "@/components/tag-filter";
import { getArticles, getTagCounts } from "@/lib/content/store";
import { paths } from "@/lib/routes";
import { t } from "@/lib/strings";
import { listRoutes } from "./paged-list";

/** /artikelen: every published article, newest first, with the tag filter on page 1. */
export const articleList = listRoutes<Record<string, never>, true>({
  lists: () => [{}],
  placeholder: {},
  find: () => true,
  articles: () => getArticles(),
  basePath: () => paths.articles,
  title: () => t.articles.title,
  metadata: () => ({ title: t.articles.title, description: t.articles.description, path: paths.articles }),
  FirstPage() {
    const articles = getArticles();
    return (
      <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
        <PageHeading title={t.articles.title}>{t.articles.description}</PageHeading>
        {articles.length > 0 ? (
          <TagFilter facets={getTagCounts()} total={articles.length}>
            <PagedArticles articles={articles} page={1} basePath={paths.articles} />
          </TagFilter>
        ) : (
          <p className="text-muted">{t.articles.empty}</p>
        )}
      </div>
    );
  },
});
