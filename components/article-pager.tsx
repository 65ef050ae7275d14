import type { ArticleSummary } from "@/lib/content/articles";
import { t } from "@/lib/strings";
import { articlePath } from "@/lib/routes";

/** The previous (older) and next (newer) article by date. */
export function ArticlePager({ previous, next }: { previous?: ArticleSummary; next?: ArticleSummary }) {
  if (!previous && !next) return null;
  const item = (article: ArticleSummary, label: string, align: string) => (
    <a href={articlePath(article.slug)} rel={label === t.reading.next ? "next" : "prev"} className={`flex h-full flex-col gap-1 rounded-xl border border-line bg-card p-5 hover:border-accent ${align}`}>
      <span className="font-sans text-xs font-semibold tracking-[0.08em] text-muted uppercase">{label}</span>
      <span className="font-serif text-lg leading-snug font-semibold">{article.title}</span>
    </a>
  );
  return (
    <nav aria-label={t.reading.pager} className="grid gap-4 sm:grid-cols-2 print:hidden">
      <div>{previous && item(previous, t.reading.previous, "")}</div>
      <div>{next && item(next, t.reading.next, "sm:text-right")}</div>
    </nav>
  );
}
