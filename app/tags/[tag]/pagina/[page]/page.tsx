import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListPage } from "@/components/list-page";
import { getArticlesTagged, getTagCounts } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { extraPageParams, pageCount, pagePath, parsePage, withExportPlaceholder } from "@/lib/pagination";
import { t } from "@/lib/strings";

export const dynamicParams = false;

export function generateStaticParams() {
  const tags = getTagCounts();
  const params = tags.flatMap(({ tag, count }) => extraPageParams(count).map(({ page }) => ({ tag: tag.slug, page })));
  return withExportPlaceholder(params, { tag: tags[0]?.tag.slug ?? "geen" });
}

type Props = { params: Promise<{ tag: string; page: string }> };

async function load(params: Props["params"]) {
  const { tag: slug, page: segment } = await params;
  const tag = getTagCounts().find((c) => c.tag.slug === slug)?.tag;
  if (!tag) return undefined;
  const articles = getArticlesTagged(slug);
  const page = parsePage(segment, pageCount(articles.length));
  return page ? { tag, articles, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { tag, articles, page } = found;
  return pageMetadata({
    title: `${tag.label}${t.pagination.titleSuffix(page)}`,
    description: t.tags.tagDescription(tag.label, articles.length),
    path: pagePath(`/tags/${tag.slug}`, page),
    image: `/og/tags/${tag.slug}.png`,
  });
}

export default async function TagPageN({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <ListPage title={found.tag.label} basePath={`/tags/${found.tag.slug}`} articles={found.articles} page={found.page} />;
}
