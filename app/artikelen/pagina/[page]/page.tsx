import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListPage } from "@/components/list-page";
import { getArticles } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { extraPageParams, pageCount, pagePath, parsePage, withExportPlaceholder } from "@/lib/pagination";
import { t } from "@/lib/strings";

export const dynamicParams = false;

export function generateStaticParams() {
  return withExportPlaceholder(extraPageParams(getArticles().length), {});
}

type Props = { params: Promise<{ page: string }> };

async function load(params: Props["params"]) {
  const articles = getArticles();
  const page = parsePage((await params).page, pageCount(articles.length));
  return page ? { articles, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  return pageMetadata({ title: `${t.articles.title}${t.pagination.titleSuffix(found.page)}`, description: t.articles.description, path: pagePath("/artikelen", found.page) });
}

export default async function ArticlesPageN({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <ListPage title={t.articles.title} basePath="/artikelen" articles={found.articles} page={found.page} />;
}
