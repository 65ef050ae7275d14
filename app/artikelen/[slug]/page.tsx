import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AboutAuthor } from "@/components/about-author";
import { DraftBadge } from "@/components/article-card";
import { ArticlePager } from "@/components/article-pager";
import { AuthorByline } from "@/components/author-byline";
import { Breadcrumb } from "@/components/breadcrumb";
import { JsonLd } from "@/components/json-ld";
import { mdxComponents } from "@/components/mdx-components";
import { RelatedArticles } from "@/components/related-articles";
import { ShareLinks } from "@/components/share-links";
import { TableOfContentsInline, TableOfContentsSide } from "@/components/table-of-contents";
import { TagList } from "@/components/tag-list";
import { getArticle, getArticles, getNeighbours, getRelated } from "@/lib/content/store";
import { hasTableOfContents, tableOfContents } from "@/lib/mdx/headings";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { renderMdx } from "@/lib/mdx/compile";
import { pageMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site";
import { t } from "@/lib/strings";
import { articlePath, authorPath, ogImagePath, paths } from "@/lib/routes";

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
    path: articlePath(article.slug),
    image: ogImagePath("artikelen", article.slug),
    imageAlt: article.title,
    type: "article",
    article: {
      publishedTime: article.date,
      modifiedTime: article.updated,
      authors: article.authors.map((a) => absoluteUrl(authorPath(a.slug))),
      tags: article.tags.map((tag) => tag.label),
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const body = await renderMdx(article.body, mdxComponents);
  const related = getRelated(article);
  const { previous, next } = getNeighbours(article.slug);
  const toc = hasTableOfContents(article.headings) ? tableOfContents(article.headings) : null;
  const url = absoluteUrl(articlePath(article.slug));
  return (
    <article className="mx-auto max-w-6xl px-5 pt-8 sm:px-8 sm:pt-12">
      <JsonLd data={articleJsonLd(article)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.nav.home, path: paths.home },
          { name: t.nav.articles, path: paths.articles },
          { name: article.title, path: articlePath(article.slug) },
        ])}
      />
      <header className="mx-auto max-w-[38rem]">
        <Breadcrumb items={[{ name: t.nav.home, href: paths.home }, { name: t.nav.articles, href: paths.articles }, { name: article.title }]} />
        <div className="mt-8 print:hidden">
          <TagList tags={article.tags} />
        </div>
        <h1 className="mt-4 font-serif text-[2.1rem] leading-[1.15] font-semibold tracking-tight text-balance sm:text-5xl">
          {article.title}
          {article.draft && <DraftBadge />}
        </h1>
        <p className="mt-5 font-text text-xl leading-relaxed text-muted hyphens-auto">{article.excerpt}</p>
        <div className="mt-8 border-y border-line py-5">
          <AuthorByline article={article} />
        </div>
        {article.draft && <p className="mt-6 rounded-lg bg-amber-50 p-4 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{t.article.draftNote}</p>}
      </header>
      {toc && <TableOfContentsInline entries={toc} />}
      <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_38rem_minmax(0,1fr)] xl:gap-12">
        <div className="hidden pt-12 xl:block">{toc && <TableOfContentsSide entries={toc} />}</div>
        <div className="prose prose-lg prose-article mx-auto mt-10 max-w-[38rem] sm:prose-xl">{body}</div>
      </div>
      <footer className="mx-auto mt-14 max-w-[38rem] space-y-10">
        <ShareLinks url={url} title={article.title} />
        {article.authors.map((author) => (
          <AboutAuthor key={author.slug} author={author} />
        ))}
        <ArticlePager previous={previous} next={next} />
      </footer>
      {related.length > 0 && <RelatedArticles articles={related} />}
    </article>
  );
}
