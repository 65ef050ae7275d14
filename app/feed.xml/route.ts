import { getArticles } from "@/lib/content";
import { articlesFeed } from "@/lib/seo/feed";
import { site } from "@/lib/site";

export const dynamic = "force-static";

/** RSS 2.0 feed of the newest articles. */
export function GET() {
  const xml = articlesFeed(getArticles(), { title: site.name, path: "/", feedPath: site.feedPath, description: site.description });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
