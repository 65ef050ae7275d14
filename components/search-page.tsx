"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatDate } from "@/lib/dates";
import type { SearchDoc } from "@/lib/search/build";
import { loadDoc, searchInBrowser, warmUp } from "@/lib/search/client";
import { highlight, snippet } from "@/lib/search/highlight";
import { PAGE_SIZE } from "@/lib/pagination";
import { t } from "@/lib/strings";
import { queryForTags, selectedTagsFromQuery, type Tag } from "@/lib/tags";
import { setUrlSearch, useUrlSearch } from "@/lib/browser/url-state";
import { articlePath, paths, tagPath } from "@/lib/routes";

/** Keeps the query and tags in the URL while typing, without a history entry per keystroke. */
function writeUrl(q: string, tags: readonly string[]) {
  setUrlSearch(queryForTags(tags, q ? { q } : {}), { push: false });
}

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((part, i) =>
        part.match ? <mark key={i} className="rounded-sm bg-accent-soft px-0.5 text-ink">{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

function TagLinks({ tags }: { tags: Tag[] }) {
  return (
    <ul className="mt-4 flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.slug)} className="inline-flex min-h-11 items-center rounded-full border border-line bg-card px-4 text-sm font-medium hover:border-accent hover:text-accent">{tag.label}</a>
        </li>
      ))}
    </ul>
  );
}

type State = { key: string; status: "loading" | "done" | "failed"; results: SearchDoc[]; total: number };

/** Search as you type, in the URL (?q=…&tag=…), with keyboard navigation through the results. */
export function SearchPage({ tags }: { tags: Tag[] }) {
  const search = useUrlSearch();
  const params = useMemo(() => new URLSearchParams(search ?? ""), [search]);
  const q = params.get("q") ?? "";
  const known = useMemo(() => new Set(tags.map((tag) => tag.slug)), [tags]);
  const selected = useMemo(() => selectedTagsFromQuery(search ?? "", known), [search, known]);
  const key = `${q.trim()}|${selected.join(",")}`;
  const [state, setState] = useState<State | null>(null);
  const [limit, setLimit] = useState({ key: "", count: PAGE_SIZE });
  const shownCount = limit.key === key ? limit.count : PAGE_SIZE;
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!q.trim()) return;
    let current = true;
    searchInBrowser(q, selected)
      .then(async (hits) => {
        const results = await Promise.all(hits.slice(0, shownCount).map((hit) => loadDoc(hit.id)));
        if (current) setState({ key, status: "done", results, total: hits.length });
      })
      .catch(() => current && setState({ key, status: "failed", results: [], total: 0 }));
    return () => {
      current = false;
    };
  }, [q, selected, key, shownCount]);

  const shown = q.trim() ? (state?.key === key ? state : { key, status: "loading" as const, results: state?.results ?? [], total: 0 }) : null;
  const toggleTag = (slug: string) => writeUrl(q, selected.includes(slug) ? selected.filter((s) => s !== slug) : [...selected, slug]);

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? [])];
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === "Escape" && q) {
      event.preventDefault();
      writeUrl("", selected);
    }
  };
  const onListKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at === 0 ? input.current : all[at - 1])?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.current?.focus();
    }
  };

  return (
    <div>
      <form role="search" aria-label={t.search.label} action={paths.search} onSubmit={(e) => e.preventDefault()} className="relative">
        <label htmlFor="zoekopdracht" className="sr-only">{t.search.label}</label>
        <input
          ref={input}
          id="zoekopdracht"
          name="q"
          type="search"
          data-search-main
          autoComplete="off"
          spellCheck={false}
          value={q}
          onChange={(e) => writeUrl(e.target.value, selected)}
          onFocus={warmUp}
          onKeyDown={onInputKey}
          placeholder={t.search.placeholder}
          aria-describedby="zoekstatus"
          className="min-h-14 w-full rounded-2xl border border-line bg-card px-5 text-lg shadow-sm placeholder:text-muted focus:border-accent"
        />
      </form>

      {search === null && (
        // Before (or without) JavaScript: say so, and offer the topics as a way in.
        <div className="no-js-only mt-6 rounded-2xl border border-line bg-panel p-6" data-testid="search-no-js">
          <p>{t.search.noScript}</p>
          <TagLinks tags={tags} />
        </div>
      )}
      {/* In the server's HTML too, so that the first paint already holds them and hydration moves nothing. */}
      <div className="js-only mt-5 flex flex-wrap items-center gap-2" role="group" aria-label={t.search.filterTags}>
        <span className="mr-1 text-sm text-muted">{t.search.filterTags}:</span>
        {tags.map((tag) => {
          const on = selected.includes(tag.slug);
          return (
            <button
              key={tag.slug}
              type="button"
              aria-pressed={on}
              onClick={() => toggleTag(tag.slug)}
              className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3.5 text-sm ${on ? "border-accent bg-accent font-semibold text-on-accent" : "border-line bg-card hover:border-accent hover:text-accent"}`}
            >
              {on && <span aria-hidden="true">✓</span>}
              {tag.label}
            </button>
          );
        })}
      </div>

      <p id="zoekstatus" role="status" aria-live="polite" className="mt-8 min-h-6 font-semibold" data-testid="search-status">
        {search === null ? "" : !shown ? t.search.prompt : shown.status === "loading" ? t.search.loading : shown.status === "failed" ? t.search.failed : shown.total > 0 ? t.search.results(shown.total, q.trim()) : t.search.noResults(q.trim())}
      </p>

      {shown?.status === "done" && shown.total === 0 && (
        <div className="mt-4 rounded-2xl border border-dashed border-line p-8" data-testid="no-results">
          <h2 className="font-serif text-2xl font-semibold">{t.search.noResultsTitle}</h2>
          <p className="mt-2 text-muted">{t.search.noResultsHelp}</p>
          <TagLinks tags={tags} />
        </div>
      )}

      {shown && shown.results.length > 0 && (
        <ol ref={list} onKeyDown={onListKey} className="mt-4 divide-y divide-line border-y border-line" data-testid="search-results" aria-busy={shown.status === "loading"}>
          {shown.results.map((doc) => (
            <li key={doc.slug} className="relative py-6">
              <div className="mb-2 flex flex-wrap gap-x-3 font-sans text-xs font-semibold tracking-[0.08em] text-accent uppercase">
                {doc.tags.map(([slug, label]) => <span key={slug}>{label}</span>)}
              </div>
              <h2 className="font-serif text-2xl leading-snug font-semibold">
                <a data-result href={articlePath(doc.slug)} className="after:absolute after:inset-0 hover:text-accent focus-visible:underline">
                  <Highlighted text={doc.title} query={q} />
                </a>
              </h2>
              <p className="mt-2 leading-relaxed text-muted" data-testid="snippet">
                <Highlighted text={snippet(doc.text, q) || doc.excerpt} query={q} />
              </p>
              <p className="mt-3 text-sm text-muted">
                <span className="font-semibold text-ink">{doc.authors.join(", ")}</span> · <time dateTime={doc.date}>{formatDate(doc.date)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {shown?.status === "done" && shown.total > shown.results.length && (
        <div className="mt-8 text-center">
          <button type="button" onClick={() => setLimit({ key, count: shownCount + PAGE_SIZE })} className="inline-flex min-h-11 items-center rounded-full border border-line bg-card px-6 font-semibold hover:border-accent">
            {t.search.more(shown.total - shown.results.length)}
          </button>
        </div>
      )}
    </div>
  );
}
