"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ArticleSummary } from "@/lib/content/articles";
import { decodeFilterIndex, type FilterIndex } from "@/lib/filter-index";
import { paths } from "@/lib/routes";
import { PAGE_SIZE } from "@/lib/pagination";
import { t } from "@/lib/strings";
import { facetCounts, filterByTags, queryForTags, selectedTagsFromQuery, type Tag } from "@/lib/tags";
import { setUrlSearch, useUrlSearch } from "@/lib/browser/url-state";
import { ArticleGrid } from "./article-grid";
import { TagChip } from "./tag-chip";

/**
 * The faceted tag filter above the article list. Without JavaScript its chips are links to tag
 * pages; with it they toggle, the selection lives in the URL, and the list comes from a compact
 * index of every article that is fetched the first time a reader filters.
 */
export function TagFilter({ facets, total, children }: { facets: { tag: Tag; count: number }[]; total: number; children: ReactNode }) {
  const search = useUrlSearch();
  const hydrated = search !== null;
  const known = useMemo(() => new Set(facets.map((f) => f.tag.slug)), [facets]);
  const selected = useMemo(() => selectedTagsFromQuery(search ?? "", known), [search, known]);

  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const request = useRef<Promise<void> | null>(null);
  const load = useCallback(() => {
    request.current ??= fetch(paths.filterIndex)
      .then((r) => (r.ok ? (r.json() as Promise<FilterIndex>) : Promise.reject(new Error(String(r.status)))))
      .then((index) => setArticles(decodeFilterIndex(index)))
      .catch(() => setFailed(true));
    return request.current;
  }, []);
  // A shared or reloaded URL with tags needs the index straight away.
  const filtering = selected.length > 0;
  useEffect(() => {
    if (filtering) void load();
  }, [filtering, load]);

  const setSelection = (next: string[]) => {
    setUrlSearch(queryForTags(next), { push: true });
    setShown(PAGE_SIZE);
  };
  const toggle = (slug: string) =>
    setSelection(selected.includes(slug) ? selected.filter((s) => s !== slug) : [...selected, slug]);

  const counts = articles ? facetCounts(articles, selected) : new Map(facets.map((f) => [f.tag.slug, f.count]));
  const results = articles && selected.length > 0 ? filterByTags(articles, selected) : null;
  const inView = selected.length === 0 ? total : results?.length;
  // The chips toggle once the component runs in the browser, unless the index could not be loaded.
  const live = hydrated && !failed;

  return (
    <div onPointerEnter={hydrated ? load : undefined} onFocus={hydrated ? load : undefined}>
      <section aria-labelledby="filter-kop" className="mb-10 rounded-2xl border border-line bg-panel p-5 sm:p-7">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <h2 id="filter-kop" className="font-serif text-xl font-semibold">{t.filter.heading}</h2>
          <p className="text-sm text-muted">{t.filter.hint}</p>
        </div>
        <ul className="flex flex-wrap gap-2" aria-label={t.filter.heading}>
          {facets.map(({ tag, count }) => (
            <li key={tag.slug}>
              {live ? (
                <TagChip tag={tag} count={counts.get(tag.slug) ?? 0} pressed={selected.includes(tag.slug)} onToggle={() => toggle(tag.slug)} />
              ) : (
                <TagChip tag={tag} count={count} />
              )}
            </li>
          ))}
        </ul>
        <div className="mt-5 flex min-h-11 flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
          <p role="status" aria-live="polite" className="font-semibold" data-testid="result-count">
            {failed ? t.filter.error : inView === undefined ? t.filter.loading : t.articles.count(inView)}
          </p>
          {selected.length > 0 && (
            <button type="button" onClick={() => setSelection([])} className="inline-flex min-h-11 items-center rounded-full px-4 font-semibold text-accent underline-offset-4 hover:underline">
              {t.filter.clear}
            </button>
          )}
        </div>
      </section>
      {selected.length === 0 || failed ? (
        children
      ) : results === null ? (
        <p aria-busy="true" className="text-muted">{t.filter.loading}</p>
      ) : results.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-line p-10 text-center">
          <h2 className="font-serif text-2xl font-semibold">{t.filter.emptyTitle}</h2>
          <p className="mt-2 text-muted">{t.filter.emptyText}</p>
          <button type="button" onClick={() => setSelection([])} className="mt-6 inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-semibold text-on-accent hover:bg-accent-strong">
            {t.filter.clear}
          </button>
        </div>
      ) : (
        <>
          <ArticleGrid articles={results.slice(0, shown)} />
          {results.length > shown && (
            <div className="mt-10 text-center">
              <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)} className="inline-flex min-h-11 items-center rounded-full border border-line bg-card px-6 font-semibold hover:border-accent">
                {t.filter.more(results.length - shown)}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
