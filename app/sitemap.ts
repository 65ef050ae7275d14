import type { MetadataRoute } from "next";
import { getArticles, getAuthors } from "@/lib/content/store";
import { absoluteUrl } from "@/lib/site";
import { sitePages } from "@/lib/routes";

export const dynamic = "force-static";

/** Every published page with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages(getArticles(), getAuthors().map((a) => a.slug))
    .filter((page) => page.kind === "page")
    .map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
