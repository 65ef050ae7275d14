import type { Metadata } from "next";
import { PagedArticles } from "@/components/paged-articles";
import { PageHeading } from "@/components/page-heading";
import { TagFilter } from "@/components/tag-filter";
import { getArticles, getTagCounts } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const metadata: Metadata = pageMetadata({ title: t.articles.title, description: t.articles.description, path: "/artikelen" });

export default function ArticlesPage() {
  const articles = getArticles();
  return (
    <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
      <PageHeading title={t.articles.title}>{t.articles.description}</PageHeading>
      {articles.length > 0 ? (
        <TagFilter facets={getTagCounts()} total={articles.length}>
          <PagedArticles articles={articles} page={1} basePath="/artikelen" />
        </TagFilter>
      ) : (
        <p className="text-muted">{t.articles.empty}</p>
      )}
    </div>
  );
}
