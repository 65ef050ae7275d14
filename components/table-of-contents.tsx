import type { TocEntry } from "@/lib/mdx/headings";
import { t } from "@/lib/strings";
import { SectionMarker } from "./section-marker";

function TocList({ entries }: { entries: readonly TocEntry[] }) {
  const link = "block border-l-2 border-transparent py-1.5 pl-3 -ml-px hover:text-accent aria-[current=true]:border-accent aria-[current=true]:font-semibold aria-[current=true]:text-ink";
  return (
    <ol className="space-y-0.5 border-l border-line text-[0.9rem] leading-snug text-muted">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} className={link}>{entry.text}</a>
          {entry.children.length > 0 && (
            <ol className="ml-3">
              {entry.children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`} className={`${link} text-[0.85rem]`}>{child.text}</a>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The article's contents: closed by default above the text on small screens. */
export function TableOfContentsInline({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <details className="group mx-auto mt-8 max-w-[38rem] rounded-xl border border-line bg-card xl:hidden print:hidden" data-testid="toc-inline">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between px-5 font-sans font-semibold [&::-webkit-details-marker]:hidden">
        {t.reading.tocToggle}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 transition-transform group-open:rotate-180"><path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" /></svg>
      </summary>
      <nav aria-label={t.reading.toc} className="px-5 pb-4 font-sans">
        <TocList entries={entries} />
      </nav>
    </details>
  );
}

/** The article's contents as a sticky side list on wide screens, marking the section in view. */
export function TableOfContentsSide({ entries }: { entries: readonly TocEntry[] }) {
  const ids = entries.flatMap((e) => [e.id, ...e.children.map((c) => c.id)]);
  return (
    <nav aria-label={t.reading.toc} className="sticky top-8 hidden max-h-[calc(100dvh-4rem)] overflow-y-auto font-sans xl:block print:hidden" data-testid="toc-side" data-toc>
      <p className="mb-3 text-xs font-semibold tracking-[0.08em] text-muted uppercase">{t.reading.toc}</p>
      <TocList entries={entries} />
      <SectionMarker ids={ids} />
    </nav>
  );
}
