import type { Article, Author } from "../content/articles";
import { absoluteUrl, site } from "../site";
import { articlePath, authorPath, ogImagePath, withBasePath } from "../routes";

type JsonLd = Record<string, unknown>;

/**
 * Serialises structured data for a <script type="application/ld+json">. `<`, `>`, `&` and line
 * separators are escaped as \uXXXX, so a title containing </script> cannot end the script early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** schema.org Person for an author, pointing at their profile page. */
export function personJsonLd(author: Author): JsonLd {
  return {
    "@type": "Person",
    name: author.name,
    jobTitle: author.role,
    url: absoluteUrl(authorPath(author.slug)),
    ...(author.avatar ? { image: absoluteUrl(withBasePath(author.avatar)) } : {}),
    ...(author.links.linkedin || author.links.website ? { sameAs: [author.links.linkedin, author.links.website].filter(Boolean) } : {}),
  };
}

/** schema.org BlogPosting for an article. */
export function articleJsonLd(article: Article): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: article.title,
    description: article.excerpt,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    inLanguage: site.language,
    mainEntityOfPage: absoluteUrl(articlePath(article.slug)),
    url: absoluteUrl(articlePath(article.slug)),
    image: absoluteUrl(ogImagePath("artikelen", article.slug)),
    keywords: article.tags.map((t) => t.label).join(", "),
    author: article.authors.map(personJsonLd),
    publisher: { "@type": "Organization", name: site.name, url: site.url },
  };
}

/** schema.org Person page for an author profile. */
export function authorPageJsonLd(author: Author): JsonLd {
  return { "@context": "https://schema.org", ...personJsonLd(author), description: author.bio.join(" ") };
}

/** schema.org BreadcrumbList from (name, path) pairs, first to last. */
export function breadcrumbJsonLd(items: readonly { name: string; path: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: absoluteUrl(item.path) })),
  };
}

/** schema.org WebSite for the home page. */
export function websiteJsonLd(): JsonLd {
  return { "@context": "https://schema.org", "@type": "WebSite", name: site.name, description: site.description, url: site.url, inLanguage: site.language };
}
