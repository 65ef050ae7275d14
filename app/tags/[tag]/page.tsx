import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { PageHeading } from "@/components/page-heading";
import { getArticlesTagged, getTagCounts } from "@/lib/content";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { JsonLd } from "@/components/json-ld";
import { t } from "@/lib/strings";

export const dynamicParams = false;

export function generateStaticParams() {
  return getTagCounts().map(({ tag }) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

async function load(params: Props["params"]) {
  const { tag: slug } = await params;
  const tag = getTagCounts().find((c) => c.tag.slug === slug)?.tag;
  return tag ? { tag, articles: getArticlesTagged(tag.slug) } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { tag, articles } = found;
  return pageMetadata({
    title: tag.label,
    description: t.tags.tagDescription(tag.label, articles.length),
    path: `/tags/${tag.slug}`,
    image: `/og/tags/${tag.slug}.png`,
    imageAlt: tag.label,
    feed: { path: `/tags/${tag.slug}/feed.xml`, title: `${tag.label} · ${site.name}` },
  });
}

export default async function TagPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.nav.home, path: "/" },
          { name: t.nav.tags, path: "/tags" },
          { name: found.tag.label, path: `/tags/${found.tag.slug}` },
        ])}
      />
      <PageHeading
        kicker={<a href="/artikelen" className="inline-flex min-h-11 items-center hover:underline"><span aria-hidden="true">←&nbsp;</span>{t.tags.backToAll}</a>}
        title={found.tag.label}
      >
        {t.tags.tagDescription(found.tag.label, found.articles.length)}
      </PageHeading>
      <PagedArticles articles={found.articles} page={1} basePath={`/tags/${found.tag.slug}`} />
    </div>
  );
}
