import { articlesBy } from "@/lib/articles";
import { getArticles, getAuthors } from "@/lib/content";
import { formatDate } from "@/lib/dates";
import { ogImage, type OgCard } from "@/lib/og-image";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";
import { countTags } from "@/lib/tags";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Every social image: one per article, tag and author, and the site's default. */
function cards(): Map<string, OgCard> {
  const articles = getArticles();
  const all = new Map<string, OgCard>();
  all.set("site/default.png", { kicker: t.og.siteKicker, title: site.tagline, footer: site.name, footerDetail: t.og.siteFooter });
  for (const a of articles) {
    all.set(`artikelen/${a.slug}.png`, {
      kicker: t.og.articleKicker,
      title: a.title,
      tags: a.tags.map((tag) => tag.label),
      footer: a.authors.map((author) => author.name).join(" en "),
      footerDetail: `${formatDate(a.date)} · ${t.article.readingTime(a.readingMinutes)}`,
    });
  }
  for (const { tag, count } of countTags(articles)) {
    all.set(`tags/${tag.slug}.png`, { kicker: t.og.tagKicker, title: tag.label, footer: t.articles.count(count), footerDetail: site.tagline });
  }
  for (const author of getAuthors()) {
    all.set(`auteurs/${author.slug}.png`, {
      kicker: t.og.authorKicker,
      title: author.name,
      footer: author.role,
      footerDetail: t.articles.count(articlesBy(author.slug, articles).length),
    });
  }
  return all;
}

export function generateStaticParams() {
  return [...cards().keys()].map((key) => {
    const [section, image] = key.split("/") as [string, string];
    return { section, image };
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; image: string }> }) {
  const { section, image } = await params;
  const card = cards().get(`${section}/${image}`);
  if (!card) return new Response("Not found", { status: 404 });
  return ogImage(card);
}
