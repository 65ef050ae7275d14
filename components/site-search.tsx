import { t } from "@/lib/strings";
import { SearchShortcut } from "./search-shortcut";
import { paths } from "@/lib/routes";

/** The header's search field: a plain form to /zoeken, so it works without JavaScript; "/" focuses it. */
export function SiteSearch({ className = "" }: { className?: string }) {
  return (
    <form role="search" aria-label={t.nav.search} action={paths.search} method="get" className={`relative ${className}`}>
      <label htmlFor="zoekveld" className="sr-only">{t.search.label}</label>
      <input
        id="zoekveld"
        name="q"
        type="search"
        placeholder={t.search.submit}
        title={t.search.shortcut}
        autoComplete="off"
        className="min-h-11 w-full rounded-full border border-line bg-card py-2 pr-11 pl-4 text-[0.95rem] placeholder:text-muted focus:border-accent"
      />
      <button type="submit" aria-label={t.search.submit} className="absolute top-0 right-0 inline-flex size-11 items-center justify-center rounded-full text-muted hover:text-accent">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-[18px]" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4 4" />
        </svg>
      </button>
      <SearchShortcut />
    </form>
  );
}
