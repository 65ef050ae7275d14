import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListPage } from "@/components/list-page";
import { getArticlesBy, getAuthors } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { extraPageParams, pageCount, pagePath, parsePage, withExportPlaceholder } from "@/lib/pagination";
import { t } from "@/lib/strings";

export const dynamicParams = false;

export function generateStaticParams() {
  const authors = getAuthors();
  const params = authors.flatMap((author) => extraPageParams(getArticlesBy(author.slug).length).map(({ page }) => ({ slug: author.slug, page })));
  return withExportPlaceholder(params, { slug: authors[0]?.slug ?? "geen" });
}

type Props = { params: Promise<{ slug: string; page: string }> };

async function load(params: Props["params"]) {
  const { slug, page: segment } = await params;
  const author = getAuthors().find((a) => a.slug === slug);
  if (!author) return undefined;
  const articles = getArticlesBy(slug);
  const page = parsePage(segment, pageCount(articles.length));
  return page ? { author, articles, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { author, page } = found;
  return pageMetadata({
    title: `${t.authors.articlesBy(author.name)}${t.pagination.titleSuffix(page)}`,
    description: author.bio[0] ?? author.role,
    path: pagePath(`/auteurs/${author.slug}`, page),
    image: `/og/auteurs/${author.slug}.png`,
  });
}

export default async function AuthorPageN({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <ListPage title={t.authors.articlesBy(found.author.name)} basePath={`/auteurs/${found.author.slug}`} articles={found.articles} page={found.page} />;
}
