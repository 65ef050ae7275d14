import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { AuthorAvatar } from "@/components/author-avatar";
import { getArticlesBy, getAuthors } from "@/lib/content";
import { authorPageJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { JsonLd } from "@/components/json-ld";
import { t } from "@/lib/strings";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAuthors().map((author) => ({ slug: author.slug }));
}

type Props = { params: Promise<{ slug: string }> };

const findAuthor = async (params: Props["params"]) => {
  const { slug } = await params;
  return getAuthors().find((a) => a.slug === slug);
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await findAuthor(params);
  if (!author) return {};
  return pageMetadata({
    title: author.name,
    description: author.bio[0] ?? author.role,
    path: `/auteurs/${author.slug}`,
    image: `/og/auteurs/${author.slug}.png`,
    imageAlt: author.name,
    type: "profile",
  });
}

export default async function AuthorPage({ params }: Props) {
  const author = await findAuthor(params);
  if (!author) notFound();
  const articles = getArticlesBy(author.slug);
  const links = Object.entries(author.links) as [keyof typeof t.authors.links, string][];
  return (
    <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
      <JsonLd data={authorPageJsonLd(author)} />
      <header className="mb-14 flex flex-col gap-6 border-b border-line pb-12 sm:flex-row sm:items-start sm:gap-10">
        <AuthorAvatar author={author} size="lg" />
        <div className="max-w-2xl">
          <p className="font-sans text-sm font-semibold text-accent">
            <a href="/auteurs" className="hover:underline">{t.authors.allAuthors}</a>
          </p>
          <h1 className="mt-2 font-serif text-4xl font-semibold tracking-tight sm:text-5xl">{author.name}</h1>
          <p className="mt-2 text-lg text-muted">{author.role}</p>
          <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
            {author.bio.map((paragraph, i) => <p key={i}>{paragraph}</p>)}
          </div>
          {links.length > 0 && (
            <ul className="mt-6 flex flex-wrap gap-3">
              {links.map(([kind, value]) => (
                <li key={kind}>
                  <a
                    href={kind === "email" ? `mailto:${value}` : value}
                    rel={kind === "email" ? undefined : "noopener noreferrer me"}
                    className="inline-flex min-h-11 items-center rounded-full border border-line bg-card px-5 text-sm font-semibold hover:border-accent hover:text-accent"
                  >
                    {t.authors.links[kind]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <h2 className="mb-8 font-serif text-2xl font-semibold sm:text-3xl">{t.authors.articlesBy(author.name)}</h2>
      <PagedArticles articles={articles} page={1} basePath={`/auteurs/${author.slug}`} headingLevel={3} />
    </div>
  );
}
