import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AboutAuthor } from "@/components/about-author";
import { DraftBadge } from "@/components/article-card";
import { AuthorByline } from "@/components/author-byline";
import { RelatedArticles } from "@/components/related-articles";
import { TagList } from "@/components/tag-list";
import { mdxComponents } from "@/components/mdx-components";
import { relatedArticles } from "@/lib/articles";
import { getArticle, getArticles } from "@/lib/content";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/json-ld";
import { renderMdx } from "@/lib/mdx";
import { pageMetadata } from "@/lib/metadata";
import { absoluteUrl } from "@/lib/site";
import { JsonLd } from "@/components/json-ld";
import { t } from "@/lib/strings";

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.excerpt,
    path: `/artikelen/${article.slug}`,
    image: `/og/artikelen/${article.slug}.png`,
    imageAlt: article.title,
    type: "article",
    article: {
      publishedTime: article.date,
      modifiedTime: article.updated,
      authors: article.authors.map((a) => absoluteUrl(`/auteurs/${a.slug}`)),
      tags: article.tags.map((tag) => tag.label),
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const body = await renderMdx(article.body, mdxComponents);
  const related = relatedArticles(article, getArticles());
  return (
    <article className="mx-auto max-w-6xl px-5 pt-10 sm:px-8 sm:pt-16">
      <JsonLd data={articleJsonLd(article)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.nav.home, path: "/" },
          { name: t.nav.articles, path: "/artikelen" },
          { name: article.title, path: `/artikelen/${article.slug}` },
        ])}
      />
      <header className="mx-auto max-w-[42rem]">
        <TagList tags={article.tags} />
        <h1 className="mt-4 font-serif text-[2.1rem] leading-[1.15] font-semibold tracking-tight text-balance sm:text-5xl">
          {article.title}
          {article.draft && <DraftBadge />}
        </h1>
        <p className="mt-5 font-serif text-xl leading-relaxed text-muted">{article.excerpt}</p>
        <div className="mt-8 border-y border-line py-5">
          <AuthorByline article={article} />
        </div>
        {article.draft && <p className="mt-6 rounded-lg bg-amber-50 p-4 text-sm text-amber-900">{t.article.draftNote}</p>}
      </header>
      <div className="prose prose-lg prose-article mx-auto mt-10 max-w-[42rem] sm:prose-xl">{body}</div>
      <footer className="mx-auto mt-14 max-w-[42rem] space-y-10">
        {article.authors.map((author) => (
          <AboutAuthor key={author.slug} author={author} />
        ))}
      </footer>
      {related.length > 0 && <RelatedArticles articles={related} />}
    </article>
  );
}
