import type { Metadata } from "next";
import { defaultOgImagePath, paths } from "../routes";
import { absoluteUrl, site } from "../site";

export interface PageMeta {
  /** The page's own title; the layout adds " · Carrièrekompas". */
  title?: string;
  description: string;
  /** The page's path, e.g. /artikelen/foo: the canonical URL. */
  path: string;
  /** Path of a 1200×630 social image; the site's default when absent. */
  image?: string;
  imageAlt?: string;
  type?: "website" | "article" | "profile";
  article?: { publishedTime: string; modifiedTime?: string; authors: string[]; tags: string[] };
  /** An RSS feed of this page's own, offered beside the site's feed. */
  feed?: { path: string; title: string };
}

/** Builds a page's metadata: title, description, canonical URL, Open Graph and Twitter card. */
export function pageMetadata(page: PageMeta): Metadata {
  const image = { url: absoluteUrl(page.image ?? defaultOgImagePath), width: 1200, height: 630, alt: page.imageAlt ?? site.name };
  const fullTitle = page.title ? `${page.title} · ${site.name}` : site.name;
  return {
    ...(page.title ? { title: page.title } : {}),
    description: page.description,
    alternates: {
      canonical: absoluteUrl(page.path),
      types: { "application/rss+xml": [{ url: paths.feed, title: site.name }, ...(page.feed ? [{ url: page.feed.path, title: page.feed.title }] : [])] },
    },
    openGraph: {
      type: page.type ?? "website",
      siteName: site.name,
      locale: site.locale,
      url: absoluteUrl(page.path),
      title: fullTitle,
      description: page.description,
      images: [image],
      ...(page.article
        ? {
            publishedTime: page.article.publishedTime,
            modifiedTime: page.article.modifiedTime,
            authors: page.article.authors,
            tags: page.article.tags,
          }
        : {}),
    },
    twitter: { card: "summary_large_image", title: fullTitle, description: page.description, images: [image.url] },
  };
}
