import type { Tag } from "@/lib/tags";
import { t } from "@/lib/strings";
import { tagPath } from "@/lib/routes";

const base =
  "inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-medium transition-colors hyphens-auto";

function Count({ count }: { count: number }) {
  return (
    <span className="font-normal tabular-nums opacity-80">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{`, ${t.articles.count(count)}`}</span>
    </span>
  );
}

/**
 * A filter chip. It is always a link to the tag's page, which is what it does without JavaScript.
 * Once the filter runs (`onToggle` given) it becomes a toggle button over that same element: role,
 * pressed state, Space and Enter, and a plain click filters in place (a click with a modifier key
 * still opens the tag page). Keeping one element means hydration only adds attributes instead of
 * replacing every chip, which cost the overview a long blocking task. Pressed shows a check mark
 * and bold text, not colour alone; a chip that would leave nothing is unavailable.
 */
export function TagChip({ tag, count, pressed = false, onToggle }: { tag: Tag; count: number; pressed?: boolean; onToggle?: () => void }) {
  const interactive = onToggle !== undefined;
  const disabled = interactive && !pressed && count === 0;
  const look = pressed
    ? "border-accent bg-accent text-on-accent font-semibold hover:bg-accent-strong"
    : disabled
      ? "cursor-not-allowed border-dashed border-disabled-line bg-transparent text-disabled"
      : "border-line bg-card text-ink hover:border-accent hover:text-accent";
  const activate = (event: React.SyntheticEvent) => {
    event.preventDefault();
    if (!disabled) onToggle?.();
  };
  return (
    <a
      href={tagPath(tag.slug)}
      className={`${base} ${look}`}
      {...(interactive && {
        role: "button",
        "aria-pressed": pressed,
        "aria-disabled": disabled || undefined,
        onClick: (event: React.MouseEvent) => {
          if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) activate(event);
        },
        onKeyDown: (event: React.KeyboardEvent) => {
          // Like a native button: Space toggles once, however long it is held.
          if (event.key === " ") {
            event.preventDefault();
            if (!event.repeat) activate(event);
          }
        },
      })}
    >
      {pressed && (
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      {tag.label} <Count count={count} />
    </a>
  );
}
