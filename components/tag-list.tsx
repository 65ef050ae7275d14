import type { Tag } from "@/lib/tags";
import { t } from "@/lib/strings";
import { tagPath } from "@/lib/routes";

/** An article's tags as small links to their tag pages. */
export function TagList({ tags, label = t.article.tags }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul aria-label={label} className="relative z-10 flex flex-wrap gap-x-3 gap-y-1 hyphens-auto font-sans text-xs font-semibold uppercase tracking-[0.08em]">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.slug)} className="inline-flex min-h-6 items-center text-accent hover:text-accent-strong hover:underline">
            {tag.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
