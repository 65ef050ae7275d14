import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { getTagCounts } from "@/lib/content/store";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";
import { paths, tagPath } from "@/lib/routes";

export const metadata: Metadata = pageMetadata({ title: t.tags.title, description: t.tags.description, path: paths.tags });

export default function TagsPage() {
  const counted = getTagCounts();
  return (
    <div className="mx-auto max-w-6xl px-5 pt-12 sm:px-8 sm:pt-16">
      <PageHeading title={t.tags.title}>{t.tags.description}</PageHeading>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {counted.map(({ tag, count }) => (
          <li key={tag.slug}>
            <a
              href={tagPath(tag.slug)}
              data-testid="tag-link"
              className="flex min-h-14 items-center justify-between gap-3 rounded-xl border border-line bg-card px-5 py-3 hover:border-accent hover:text-accent"
            >
              <span className="min-w-0 font-serif text-lg font-semibold hyphens-auto">{tag.label}</span>
              <span className="shrink-0 text-sm whitespace-nowrap text-muted" data-testid="tag-count">{t.articles.count(count)}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
