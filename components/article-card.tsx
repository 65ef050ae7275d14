import type { ArticleSummary } from "@/lib/content/articles";
import { t } from "@/lib/strings";
import { AuthorByline } from "./author-byline";
import { TagList } from "./tag-list";
import { articlePath } from "@/lib/routes";

/** A scannable teaser: tags, the title as the link (the whole card is clickable), excerpt, byline. */
export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      data-testid="article-card"
      className="group relative flex h-full flex-col gap-4 rounded-xl border border-line bg-card p-6 shadow-[0_1px_2px_rgba(31,27,22,0.04)] transition-shadow hover:shadow-[0_6px_24px_rgba(31,27,22,0.08)] focus-within:shadow-[0_6px_24px_rgba(31,27,22,0.08)]"
    >
      <TagList tags={article.tags} />
      <Heading className="font-serif text-[1.4rem] leading-snug font-semibold tracking-tight text-ink">
        <a
          href={articlePath(article.slug)}
          className="after:absolute after:inset-0 after:rounded-xl group-hover:text-accent-strong focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-accent"
        >
          {article.title}
        </a>
        {article.draft && <DraftBadge />}
      </Heading>
      <p className="line-clamp-3 leading-relaxed text-muted hyphens-auto">{article.excerpt}</p>
      <div className="mt-auto pt-2">
        <AuthorByline article={article} size="sm" />
      </div>
    </article>
  );
}

/** Marks a draft, which only appears under `npm run dev`. */
export function DraftBadge() {
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-2 py-0.5 align-middle font-sans text-xs font-semibold uppercase tracking-wide text-amber-900 dark:bg-amber-900 dark:text-amber-100">
      {t.article.draft}
    </span>
  );
}
