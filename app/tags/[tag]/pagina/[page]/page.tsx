import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListPage } from "@/components/list-page";
import { getArticles } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { extraPageParams, pageCount, pagePath, parsePage, withExportPlaceholder } from "@/lib/pagination";
import { t } from "@/lib/strings";
import { countTags, filterByTags } from "@/lib/tags";

export const dynamicParams = false;

export function generateStaticParams() {
  const articles = getArticles();
  const tags = countTags(articles);
  const params = tags.flatMap(({ tag, count }) => extraPageParams(count).map(({ page }) => ({ tag: tag.slug, page })));
  return withExportPlaceholder(params, { tag: tags[0]?.tag.slug ?? "geen" });
}

type Props = { params: Promise<{ tag: string; page: string }> };

async function load(params: Props["params"]) {
  const { tag: slug, page: segment } = await params;
  const all = getArticles();
  const tag = countTags(all).find((c) => c.tag.slug === slug)?.tag;
  if (!tag) return undefined;
  const articles = filterByTags(all, [slug]);
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
