import { t } from "@/lib/strings";

/** Where the reader is: Home › Artikelen › this page; the last item is the current page. */
export function Breadcrumb({ items }: { items: readonly { name: string; href?: string }[] }) {
  return (
    <nav aria-label={t.reading.breadcrumb} className="font-sans text-sm text-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 hyphens-auto">
        {items.map((item, i) => (
          <li key={item.name} className="flex min-w-0 items-center gap-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <a href={item.href} className="inline-flex min-h-11 items-center hover:text-accent hover:underline">{item.name}</a>
            ) : (
              <span aria-current="page" className="line-clamp-1 text-ink">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
