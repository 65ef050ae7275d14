import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { SearchPage } from "@/components/search-page";
import { getTagCounts } from "@/lib/content/store";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";
import { paths } from "@/lib/routes";

export const metadata: Metadata = pageMetadata({ title: t.search.title, description: t.search.description, path: paths.search });

export default function SearchRoute() {
  const tags = getTagCounts().map(({ tag }) => tag);
  return (
    <div className="mx-auto max-w-3xl px-5 pt-12 sm:px-8 sm:pt-16">
      <PageHeading title={t.search.title}>{t.search.description}</PageHeading>
      <SearchPage tags={tags} />
    </div>
  );
}
