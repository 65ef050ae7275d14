import { getArticle, getArticles, getArticlesBy, getAuthor, getAuthors, getTag, getTagCounts } from "@/lib/content/store";
import { formatDate } from "@/lib/dates";
import { ogImage, type OgCard } from "@/lib/seo/og-image";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const dynamic = "force-static";
export const dynamicParams = false;

/** The card of one social image, from its address; undefined when there is no such image. */
function card(section: string, image: string): OgCard | undefined {
  const slug = image.endsWith(".png") ? image.slice(0, -4) : undefined;
  if (!slug) return undefined;
  if (section === "site" && slug === "default") {
    return { kicker: t.og.siteKicker, title: site.tagline, footer: site.name, footerDetail: t.og.siteFooter };
  }
  if (section === "artikelen") {
    const a = getArticle(slug);
    return a && {
      kicker: t.og.articleKicker,
      title: a.title,
      tags: a.tags.map((tag) => tag.label),
      footer: t.article.names(a.authors.map((author) => author.name)),
      footerDetail: `${formatDate(a.date)} · ${t.article.readingTime(a.readingMinutes)}`,
    };
  }
  if (section === "tags") {
    const found = getTag(slug);
    return found && { kicker: t.og.tagKicker, title: found.tag.label, footer: t.articles.count(found.count), footerDetail: site.tagline };
  }
  if (section === "auteurs") {
    const author = getAuthor(slug);
    return author && { kicker: t.og.authorKicker, title: author.name, footer: author.role, footerDetail: t.articles.count(getArticlesBy(slug).length) };
  }
  return undefined;
}

/** Every social image: one per article, tag and author, and the site's default. */
export function generateStaticParams() {
  return [
    { section: "site", image: "default.png" },
    ...getArticles().map((a) => ({ section: "artikelen", image: `${a.slug}.png` })),
    ...getTagCounts().map(({ tag }) => ({ section: "tags", image: `${tag.slug}.png` })),
    ...getAuthors().map((a) => ({ section: "auteurs", image: `${a.slug}.png` })),
  ];
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; image: string }> }) {
  const { section, image } = await params;
  const found = card(section, image);
  if (!found) return new Response("Not found", { status: 404 });
  return ogImage(found);
}
