import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Article, Author } from "../content/articles";
import { articlesFeed, escapeXml, rssFeed } from "./feed";
import { articleJsonLd, breadcrumbJsonLd, personJsonLd, serializeJsonLd, websiteJsonLd } from "./json-ld";
import { pageMetadata } from "./metadata";
import { site } from "../site";
import { toTag } from "../tags";

const hostile = `Salaris </script><script>alert("x")</script> & "meer" 'dan' <b>`;
const author: Author = { slug: "jeroen-bakker", name: "Jeroen Bakker", role: "Consultant", links: { linkedin: "https://linkedin.com/in/x" }, bio: ["Bio."] };
const article: Article = {
  slug: "test", file: "test.mdx", title: hostile, date: "2025-02-10", updated: "2025-03-01", draft: false,
  excerpt: `Een samenvatting met <tags> & "quotes"`, tags: [toTag("IT"), toTag("Cloud & Security")], authors: [author], body: "", readingMinutes: 3, headings: [], text: "",
};

describe("pageMetadata", () => {
  it("gives a canonical URL, Open Graph and a Twitter card with an absolute 1200×630 image", () => {
    const meta = pageMetadata({ title: "Titel", description: "Omschrijving", path: "/artikelen/test", image: "/og/artikelen/test.png", type: "article" });
    expect(meta.title).toBe("Titel");
    expect(meta.description).toBe("Omschrijving");
    expect(meta.alternates?.canonical).toBe(`${site.url}/artikelen/test`);
    expect(meta.openGraph).toMatchObject({
      type: "article", locale: "nl_NL", siteName: site.name, url: `${site.url}/artikelen/test`, title: `Titel · ${site.name}`,
      images: [{ url: `${site.url}/og/artikelen/test.png`, width: 1200, height: 630 }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: [`${site.url}/og/artikelen/test.png`] });
  });
  it("falls back to the default image and links the site's feed", () => {
    const meta = pageMetadata({ description: "x", path: "/" });
    expect(meta.title).toBeUndefined();
    expect((meta.openGraph?.images as { url: string }[])[0]!.url).toBe(`${site.url}/og/site/default.png`);
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([{ url: "/feed.xml", title: site.name }]);
  });
});

describe("JSON-LD", () => {
  it("escapes a hostile title so it cannot close the script, and parses back to the same text", () => {
    const json = serializeJsonLd(articleJsonLd(article));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe(hostile);
  });
  it("describes an article as a BlogPosting with its author, dates and keywords", () => {
    expect(articleJsonLd(article)).toMatchObject({
      "@context": "https://schema.org", "@type": "BlogPosting", datePublished: "2025-02-10", dateModified: "2025-03-01",
      keywords: "IT, Cloud & Security", image: `${site.url}/og/artikelen/test.png`,
      author: [{ "@type": "Person", name: "Jeroen Bakker", url: `${site.url}/auteurs/jeroen-bakker`, sameAs: ["https://linkedin.com/in/x"] }],
    });
  });
  it("builds breadcrumbs, a person and the website", () => {
    expect(breadcrumbJsonLd([{ name: "Home", path: "/" }, { name: "Artikelen", path: "/artikelen" }])).toMatchObject({
      "@type": "BreadcrumbList", itemListElement: [{ position: 1, item: `${site.url}/` }, { position: 2, name: "Artikelen" }],
    });
    expect(personJsonLd(author)).toMatchObject({ "@type": "Person", jobTitle: "Consultant" });
    expect(websiteJsonLd()).toMatchObject({ "@type": "WebSite", url: site.url, inLanguage: "nl" });
  });
});

describe("RSS feed", () => {
  const xml = articlesFeed([article], { title: site.name, path: "/", feedPath: "/feed.xml", description: site.description });
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);

  it("is valid XML that parses back to the original, hostile text included", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parsed.rss.channel.item;
    expect(item.title).toBe(hostile);
    expect(item.description).toBe(article.excerpt);
    expect(item.link).toBe(`${site.url}/artikelen/test`);
    expect(item.guid["#text"]).toBe(`${site.url}/artikelen/test`);
    expect(item["dc:creator"]).toBe("Jeroen Bakker");
    expect(item.category).toEqual(["IT", "Cloud & Security"]);
    expect(item.pubDate).toBe("Mon, 10 Feb 2025 00:00:00 GMT");
  });
  it("describes the channel", () => {
    expect(parsed.rss["@_version"]).toBe("2.0");
    expect(parsed.rss.channel).toMatchObject({ title: site.name, link: `${site.url}/`, language: "nl" });
    expect(parsed.rss.channel["atom:link"]["@_href"]).toBe(`${site.url}/feed.xml`);
  });
  it("escapes every XML special character and drops control characters", () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(XMLValidator.validate(rssFeed({ title: "\u0000x", url: "u", feedUrl: "f", description: "d", language: "nl", items: [] }))).toBe(true);
  });
});
