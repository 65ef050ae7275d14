import { JsonLd } from "@/components/json-ld";
import { PageHeading } from "@/components/page-heading";
import { PagedArticles } from "@/components/paged-articles";
import { getArticlesTagged, getTag, getTagCounts } from "@/lib/content/store";
import { ogImagePath, paths, tagFeedPath, tagPath } from "@/lib/routes";
import { tagFeedTitle } from "@/lib/seo/feed";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { t } from "@/lib/strings";
import type { Tag } from "@/lib/tags";
import { listRoutes } from "./paged-list";

type Found = { tag: Tag; count: number };

/** /tags/<tag>: the articles on one subject, newest first. */
export const tagList = listRoutes<{ tag: string }, Found>({
  lists: () => getTagCounts().map(({ tag }) => ({ tag: tag.slug })),
  placeholder: { tag: "geen" },
  find: ({ tag }) => getTag(tag),
  articles: ({ tag }) => getArticlesTagged(tag.slug),
  basePath: ({ tag }) => tagPath(tag.slug),
  title: ({ tag }) => tag.label,
  metadata: ({ tag, count }) => ({
    title: tag.label,
    description: t.tags.tagDescription(tag.label, count),
    path: tagPath(tag.slug),
    image: ogImagePath("tags", tag.slug),
    imageAlt: tag.label,
    feed: { path: tagFeedPath(tag.slug), title: tagFeedTitle(tag.label) },
  }),
  FirstPage({ found: { tag, count } }) {
    return (
      <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
        <JsonLd
          data={breadcrumbJsonLd([
            { name: t.nav.home, path: paths.home },
            { name: t.nav.tags, path: paths.tags },
            { name: tag.label, path: tagPath(tag.slug) },
          ])}
        />
        <PageHeading
          kicker={<a href={paths.articles} className="inline-flex min-h-11 items-center hover:underline"><span aria-hidden="true">←&nbsp;</span>{t.tags.backToAll}</a>}
          title={tag.label}
        >
          {t.tags.tagDescription(tag.label, count)}
        </PageHeading>
        <PagedArticles articles={getArticlesTagged(tag.slug)} page={1} basePath={tagPath(tag.slug)} />
      </div>
    );
  },
});
