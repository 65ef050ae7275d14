import type { ArticleSummary } from "@/lib/content/articles";
import { ArticleCard } from "./article-card";

/** Articles as a responsive grid of cards. */
export function ArticleGrid({ articles, headingLevel = 2 }: { articles: readonly ArticleSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
