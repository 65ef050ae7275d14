import type { Article } from "@/lib/content/articles";
import { t } from "@/lib/strings";
import { ArticleGrid } from "./article-grid";

/** "Lees ook": a few articles that share the most tags with the one just read. */
export function RelatedArticles({ articles }: { articles: readonly Article[] }) {
  return (
    <section aria-labelledby="lees-ook" className="mt-20 border-t border-line pt-12">
      <h2 id="lees-ook" className="mb-8 font-serif text-2xl font-semibold sm:text-3xl">{t.article.related}</h2>
      <ArticleGrid articles={articles} headingLevel={3} />
    </section>
  );
}
