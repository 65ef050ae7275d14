import type { Article, Author } from "../content/articles";
import { formatDate } from "../dates";
import { ogImagePath } from "../routes";
import { site } from "../site";
import { t } from "../strings";
import { countTags } from "../tags";
import type { OgCard } from "./og-image";

/** One social image of the site: its address and what it shows. */
export interface OgEntry {
  path: string;
  card: OgCard;
}

/** The card of one article's social image. */
export function articleCard(a: Article): OgCard {
  return {
    kicker: t.og.articleKicker,
    title: a.title,
    tags: a.tags.map((tag) => tag.label),
    footer: t.article.names(a.authors.map((author) => author.name)),
    footerDetail: `${formatDate(a.date)} · ${t.article.readingTime(a.readingMinutes)}`,
  };
}

/** Every social image: the site's default, and one per article, tag and author. Pure. */
export function ogEntries(articles: readonly Article[], authors: readonly Author[]): OgEntry[] {
  const written = new Map<string, number>();
  for (const article of articles) for (const author of article.authors) written.set(author.slug, (written.get(author.slug) ?? 0) + 1);
  return [
    { path: ogImagePath("site", "default"), card: { kicker: t.og.siteKicker, title: site.tagline, footer: site.name, footerDetail: t.og.siteFooter } },
    ...articles.map((a) => ({ path: ogImagePath("artikelen", a.slug), card: articleCard(a) })),
    ...countTags(articles).map(({ tag, count }) => ({
      path: ogImagePath("tags", tag.slug),
      card: { kicker: t.og.tagKicker, title: tag.label, footer: t.articles.count(count), footerDetail: site.tagline },
    })),
    ...authors.map((author) => ({
      path: ogImagePath("auteurs", author.slug),
      card: { kicker: t.og.authorKicker, title: author.name, footer: author.role, footerDetail: t.articles.count(written.get(author.slug) ?? 0) },
    })),
  ];
}
