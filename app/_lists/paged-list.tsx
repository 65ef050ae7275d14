import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactElement } from "react";
import { ListPage } from "@/components/list-page";
import type { ArticleSummary } from "@/lib/content/articles";
import { extraPageParams, pageCount, parsePage, withExportPlaceholder } from "@/lib/pagination";
import { listPagePath } from "@/lib/routes";
import { pageMetadata, type PageMeta } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

/**
 * One paginated article list (all articles, a tag, an author): what page 1 and pages 2…N share.
 * `P` is the route's params without the page number, `F` what the list is about once found.
 */
export interface ListFamily<P extends Record<string, string>, F> {
  /** Every list of this kind, by its route params. */
  lists(): P[];
  /** Stands in for `lists()[0]` when there is no list, so a static export still has a page N route. */
  placeholder: P;
  find(params: P): F | undefined;
  articles(found: F): readonly ArticleSummary[];
  /** The list's own address: its page 1. */
  basePath(found: F): string;
  /** The list's name on page 2 and beyond. */
  title(found: F): string;
  /** Page 1's metadata; later pages take its title from `title` with the page number, and their own address. */
  metadata(found: F): PageMeta;
  /** Page 1, which introduces the list. */
  FirstPage(props: { found: F }): ReactElement;
}

type Props<P> = { params: Promise<P & { page?: string }> };

/** The route exports of a list family: `firstPage` for page 1's route, `laterPages` for /pagina/[page]. */
export function listRoutes<P extends Record<string, string>, F>(family: ListFamily<P, F>) {
  async function load(params: Props<P>["params"]) {
    const { page: segment, ...rest } = await params;
    const found = family.find(rest as unknown as P);
    if (!found) return undefined;
    const page = segment === undefined ? 1 : parsePage(segment, pageCount(family.articles(found).length));
    return page ? { found, page } : undefined;
  }

  async function generateMetadata({ params }: Props<P>): Promise<Metadata> {
    const loaded = await load(params);
    if (!loaded) return {};
    const { found, page } = loaded;
    const meta = family.metadata(found);
    return pageMetadata(page === 1 ? meta : { ...meta, title: `${family.title(found)}${t.pagination.titleSuffix(page)}`, path: listPagePath(family.basePath(found), page) });
  }

  async function Page({ params }: Props<P>) {
    const loaded = await load(params);
    if (!loaded) notFound();
    const { found, page } = loaded;
    if (page === 1) return <family.FirstPage found={found} />;
    return <ListPage title={family.title(found)} basePath={family.basePath(found)} articles={family.articles(found)} page={page} />;
  }

  const laterParams = () => {
    const params = family.lists().flatMap((list) => {
      const found = family.find(list);
      return found ? extraPageParams(family.articles(found).length).map(({ page }) => ({ ...list, page })) : [];
    });
    return withExportPlaceholder(params, family.lists()[0] ?? family.placeholder);
  };

  return {
    firstPage: { generateStaticParams: () => family.lists(), generateMetadata, Page },
    laterPages: { generateStaticParams: laterParams, generateMetadata, Page },
  };
}
