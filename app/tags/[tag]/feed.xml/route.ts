import { getArticlesTagged, getTag, getTagCounts } from "@/lib/content/store";
import { articlesFeed, tagFeedTitle } from "@/lib/seo/feed";
import { t } from "@/lib/strings";
import { tagFeedPath, tagPath } from "@/lib/routes";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getTagCounts().map(({ tag }) => ({ tag: tag.slug }));
}

/** RSS 2.0 feed of the newest articles with one tag. */
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const { tag: slug } = await params;
  const tag = getTag(slug)?.tag;
  if (!tag) return new Response("Not found", { status: 404 });
  const tagged = getArticlesTagged(slug);
  const xml = articlesFeed(tagged, {
    title: tagFeedTitle(tag.label),
    path: tagPath(slug),
    feedPath: tagFeedPath(slug),
    description: t.tags.tagDescription(tag.label, tagged.length),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
