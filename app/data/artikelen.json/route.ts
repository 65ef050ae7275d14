import { getArticles } from "@/lib/content/store";
import { encodeFilterIndex } from "@/lib/filter-index";

export const dynamic = "force-static";

/** The tag filter's compact index of every published article, built once at build time. */
export function GET() {
  return Response.json(encodeFilterIndex(getArticles()));
}
