import { getArticles } from "../content/store";
import { buildSearchData } from "./build";

let cached: ReturnType<typeof buildSearchData> | undefined;

/** The search data of the visible articles, for the development server (a build writes it as files: lib/search/files.ts). */
export function getSearchData() {
  if (!cached || process.env.NODE_ENV === "development") cached = buildSearchData(getArticles());
  return cached;
}
