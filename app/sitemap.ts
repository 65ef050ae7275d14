import type { MetadataRoute } from "next";
import { articlesBy } from "@/lib/articles";
import { getArticles, getAuthors } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";
import { countTags, filterByTags } from "@/lib/tags";

export const dynamic = "force-static";

const lastModified = (articles: readonly { date: string; updated?: string }[]) =>
  articles.map((a) => a.updated ?? a.date).sort().at(-1);

/** Every published page with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const newest = lastModified(articles);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/artikelen"), lastModified: newest },
    { url: absoluteUrl("/tags"), lastModified: newest },
    { url: absoluteUrl("/auteurs"), lastModified: newest },
    ...articles.map((a) => ({ url: absoluteUrl(`/artikelen/${a.slug}`), lastModified: a.updated ?? a.date })),
    ...countTags(articles).map(({ tag }) => ({ url: absoluteUrl(`/tags/${tag.slug}`), lastModified: lastModified(filterByTags(articles, [tag.slug])) })),
    ...getAuthors().map((author) => ({ url: absoluteUrl(`/auteurs/${author.slug}`), lastModified: lastModified(articlesBy(author.slug, articles)) })),
  ];
}
