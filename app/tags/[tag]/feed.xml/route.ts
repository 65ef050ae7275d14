import { getArticlesTagged, getTagCounts } from "@/lib/content";
import { articlesFeed } from "@/lib/seo/feed";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getTagCounts().map(({ tag }) => ({ tag: tag.slug }));
}

/** RSS 2.0 feed of the newest articles with one tag. */
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const { tag: slug } = await params;
  const tag = getTagCounts().find((c) => c.tag.slug === slug)?.tag;
  if (!tag) return new Response("Not found", { status: 404 });
  const tagged = getArticlesTagged(slug);
  const xml = articlesFeed(tagged, {
    title: `${tag.label} · ${site.name}`,
    path: `/tags/${slug}`,
    feedPath: `/tags/${slug}/feed.xml`,
    description: t.tags.tagDescription(tag.label, tagged.length),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
