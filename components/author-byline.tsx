import type { ArticleSummary } from "@/lib/content/articles";
import { formatDate } from "@/lib/dates";
import { t } from "@/lib/strings";
import { AuthorAvatar } from "./author-avatar";
import { authorPath } from "@/lib/routes";

/** Who wrote an article and when: avatar, name as the strongest element, then role, date and reading time. */
export function AuthorByline({ article, size = "md" }: { article: ArticleSummary; size?: "sm" | "md" }) {
  const [first] = article.authors;
  return (
    <div className="relative z-10 flex items-center gap-3 font-sans">
      <span className="flex -space-x-2">
        {article.authors.map((author) => (
          <AuthorAvatar key={author.slug} author={author} size={size} />
        ))}
      </span>
      <div className={`min-w-0 leading-snug ${size === "sm" ? "text-sm" : "text-[0.95rem]"}`}>
        <p className="font-semibold text-ink">
          {article.authors.map((author, i) => (
            <span key={author.slug}>
              {i > 0 && (i === article.authors.length - 1 ? ` ${t.article.and} ` : ", ")}
              <a href={authorPath(author.slug)} rel="author" className="hover:text-accent hover:underline">
                {author.name}
              </a>
            </span>
          ))}
          {article.authors.length === 1 && first && <span className="font-normal text-muted"> · {first.role}</span>}
        </p>
        <p className="text-muted">
          <time dateTime={article.date}>{formatDate(article.date)}</time>
          <span aria-hidden="true"> · </span>
          <span>{t.article.readingTime(article.readingMinutes)}</span>
          {article.updated && (
            <>
              <span aria-hidden="true"> · </span>
              <time dateTime={article.updated}>{t.article.updated(formatDate(article.updated))}</time>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
