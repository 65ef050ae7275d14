import type { Tag } from "@/lib/tags";
import { t } from "@/lib/strings";

const base =
  "inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-medium transition-colors";

function Count({ count }: { count: number }) {
  return (
    <span className="font-normal tabular-nums opacity-80">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{`, ${t.filter.chipCount(count)}`}</span>
    </span>
  );
}

/** A tag as a plain link to its page: the filter's form before (or without) JavaScript. */
export function TagChipLink({ tag, count }: { tag: Tag; count: number }) {
  return (
    <a href={`/tags/${tag.slug}`} className={`${base} border-line bg-card text-ink hover:border-accent hover:text-accent`}>
      {tag.label} <Count count={count} />
    </a>
  );
}

/** A tag as a toggle: pressed shows a check mark and bold text, not colour alone; 0 means unavailable. */
export function TagChipButton({ tag, count, pressed, onToggle }: { tag: Tag; count: number; pressed: boolean; onToggle: () => void }) {
  const disabled = !pressed && count === 0;
  const look = pressed
    ? "border-accent bg-accent text-on-accent font-semibold hover:bg-accent-strong"
    : disabled
      ? "cursor-not-allowed border-dashed border-disabled-line bg-transparent text-disabled"
      : "border-line bg-card text-ink hover:border-accent hover:text-accent";
  return (
    <button type="button" aria-pressed={pressed} disabled={disabled} onClick={onToggle} className={`${base} ${look}`}>
      {pressed && (
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      {tag.label} <Count count={count} />
    </button>
  );
}
