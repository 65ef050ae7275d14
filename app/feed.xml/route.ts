import { getArticles } from "@/lib/content/store";
import { articlesFeed } from "@/lib/seo/feed";
import { site } from "@/lib/site";
import { paths } from "@/lib/routes";

export const dynamic = "force-static";

/** RSS 2.0 feed of the newest articles. */
export function GET() {
  const xml = articlesFeed(getArticles(), { title: site.name, path: paths.home, feedPath: paths.feed, description: site.description });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
