import { pageCount, visiblePages } from "@/lib/pagination";
import { t } from "@/lib/strings";
import { listPagePath } from "@/lib/routes";

const cell = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 font-semibold";

/** Numbered pages with stable URLs (/…/pagina/N), previous and next. */
export function Pagination({ basePath, page, total }: { basePath: string; page: number; total: number }) {
  const count = pageCount(total);
  if (count <= 1) return null;
  return (
    <nav aria-label={t.pagination.label} className="mt-12 flex flex-wrap items-center justify-center gap-1 font-sans">
      {page > 1 && <a href={listPagePath(basePath, page - 1)} rel="prev" className={`${cell} hover:text-accent`}>← {t.pagination.previous}</a>}
      <ol className="flex flex-wrap items-center gap-1">
        {visiblePages(page, count).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">…</li>
          ) : (
            <li key={p}>
              <a
                href={listPagePath(basePath, p)}
                aria-label={t.pagination.page(p)}
                aria-current={p === page ? "page" : undefined}
                className={`${cell} ${p === page ? "bg-accent text-on-accent" : "hover:bg-panel hover:text-accent"}`}
              >
                {p}
              </a>
            </li>
          ),
        )}
      </ol>
      {page < count && <a href={listPagePath(basePath, page + 1)} rel="next" className={`${cell} hover:text-accent`}>{t.pagination.next} →</a>}
    </nav>
  );
}
