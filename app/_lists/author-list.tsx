import { AuthorProfile } from "@/components/author-profile";
import { PagedArticles } from "@/components/paged-articles";
import type { Author } from "@/lib/content/articles";
import { getArticlesBy, getAuthor, getAuthors } from "@/lib/content/store";
import { authorPath, ogImagePath } from "@/lib/routes";
import { t } from "@/lib/strings";
import { listRoutes } from "./paged-list";

/** /auteurs/<slug>: an author's profile on page 1, and the articles they (co-)wrote, newest first. */
export const authorList = listRoutes<{ slug: string }, Author>({
  lists: () => getAuthors().map((author) => ({ slug: author.slug })),
  placeholder: { slug: "geen" },
  find: ({ slug }) => getAuthor(slug),
  articles: (author) => getArticlesBy(author.slug),
  basePath: (author) => authorPath(author.slug),
  title: (author) => t.authors.articlesBy(author.name),
  metadata: (author) => ({
    title: author.name,
    description: author.bio[0] ?? author.role,
    path: authorPath(author.slug),
    image: ogImagePath("auteurs", author.slug),
    imageAlt: author.name,
    type: "profile",
  }),
  FirstPage({ found: author }) {
    return (
      <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
        <AuthorProfile author={author} />
        <h2 className="mb-8 font-serif text-2xl font-semibold sm:text-3xl">{t.authors.articlesBy(author.name)}</h2>
        <PagedArticles articles={getArticlesBy(author.slug)} page={1} basePath={authorPath(author.slug)} headingLevel={3} />
      </div>
    );
  },
});
