import type { ArticleSummary } from "../content/articles";
import { absoluteUrl, site } from "../site";
import { articlePath } from "../routes";

/** One entry of an RSS feed. */
export interface FeedItem {
  title: string;
  url: string;
  date: string;
  authors: string[];
  categories: string[];
  description: string;
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 822 date for RSS (midnight UTC of the article's date). */
function rssDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString();
}

/** An RSS 2.0 document, every text escaped. */
export function rssFeed(feed: { title: string; url: string; feedUrl: string; description: string; language: string; items: readonly FeedItem[] }): string {
  const e = escapeXml;
  const items = feed.items
    .map(
      (item) => `    <item>
      <title>${e(item.title)}</title>
      <link>${e(item.url)}</link>
      <guid isPermaLink="true">${e(item.url)}</guid>
      <pubDate>${rssDate(item.date)}</pubDate>
${item.authors.map((a) => `      <dc:creator>${e(a)}</dc:creator>`).join("\n")}
${item.categories.map((c) => `      <category>${e(c)}</category>`).join("\n")}
      <description>${e(item.description)}</description>
    </item>`,
    )
    .join("\n");
  const latest = feed.items[0]?.date;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${e(feed.title)}</title>
    <link>${e(feed.url)}</link>
    <atom:link href="${e(feed.feedUrl)}" rel="self" type="application/rss+xml"/>
    <description>${e(feed.description)}</description>
    <language>${e(feed.language)}</language>
${latest ? `    <lastBuildDate>${rssDate(latest)}</lastBuildDate>\n` : ""}${items}
  </channel>
</rss>
`;
}

/** How many articles a feed carries: readers only poll for what is new. */
export const FEED_SIZE = 30;

/** The RSS feed of the newest articles in a list, for the whole site or one tag. */
export function articlesFeed(articles: readonly ArticleSummary[], feed: { title: string; path: string; feedPath: string; description: string }): string {
  return rssFeed({
    title: feed.title,
    url: absoluteUrl(feed.path),
    feedUrl: absoluteUrl(feed.feedPath),
    description: feed.description,
    language: site.language,
    items: articles.slice(0, FEED_SIZE).map((a) => ({
      title: a.title,
      url: absoluteUrl(articlePath(a.slug)),
      date: a.date,
      authors: a.authors.map((author) => author.name),
      categories: a.tags.map((t) => t.label),
      description: a.excerpt,
    })),
  });
}

/** The title of a tag's own feed, as feed readers list it. */
export const tagFeedTitle = (label: string) => `${label} · ${site.name}`;
