import type { Metadata } from "next";
import { AuthorAvatar } from "@/components/author-avatar";
import { PageHeading } from "@/components/page-heading";
import { getArticlesBy, getAuthors } from "@/lib/content/store";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";
import { authorPath, paths } from "@/lib/routes";

export const metadata: Metadata = pageMetadata({ title: t.authors.title, description: t.authors.description, path: paths.authors });

export default function AuthorsPage() {
  return (
    <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
      <PageHeading title={t.authors.title}>{t.authors.description}</PageHeading>
      <ul className="grid gap-6 sm:grid-cols-2">
        {getAuthors().map((author) => (
          <li key={author.slug} data-testid="author-card" className="relative flex gap-5 rounded-xl border border-line bg-card p-6 hover:shadow-[0_6px_24px_rgba(31,27,22,0.08)]">
            <AuthorAvatar author={author} size="md" />
            <div>
              <h2 className="font-serif text-xl font-semibold">
                <a href={authorPath(author.slug)} className="after:absolute after:inset-0 hover:text-accent">{author.name}</a>
              </h2>
              <p className="text-muted">{author.role}</p>
              <p className="mt-2 text-sm font-semibold text-accent" data-testid="article-count">
                {t.articles.count(getArticlesBy(author.slug).length)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
