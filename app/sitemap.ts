import type { MetadataRoute } from "next";
import { getArticles, getArticlesBy, getArticlesTagged, getAuthors, getTagCounts } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";
import { pageCount, pagePath } from "@/lib/pagination";

export const dynamic = "force-static";

const lastModified = (articles: readonly { date: string; updated?: string }[]) =>
  articles.map((a) => a.updated ?? a.date).sort().at(-1);

/** A paginated list: its first page and every /pagina/N after it. */
const listPages = (basePath: string, articles: readonly { date: string; updated?: string }[]) =>
  Array.from({ length: pageCount(articles.length) }, (_, i) => ({ url: absoluteUrl(pagePath(basePath, i + 1)), lastModified: lastModified(articles) }));

/** Every published page with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const newest = lastModified(articles);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    ...listPages("/artikelen", articles),
    { url: absoluteUrl("/tags"), lastModified: newest },
    { url: absoluteUrl("/auteurs"), lastModified: newest },
    ...articles.map((a) => ({ url: absoluteUrl(`/artikelen/${a.slug}`), lastModified: a.updated ?? a.date })),
    ...getTagCounts().flatMap(({ tag }) => listPages(`/tags/${tag.slug}`, getArticlesTagged(tag.slug))),
    ...getAuthors().flatMap((author) => listPages(`/auteurs/${author.slug}`, getArticlesBy(author.slug))),
  ];
}
