import { getArticles } from "../content/store";
import { buildSearchData } from "./build";

let cached: ReturnType<typeof buildSearchData> | undefined;

/** The search data for the published articles, built once per build process. */
export function getSearchData() {
  if (!cached || process.env.NODE_ENV === "development") cached = buildSearchData(getArticles());
  return cached;
}
