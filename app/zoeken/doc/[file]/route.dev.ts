import { getSearchData } from "@/lib/search/data";

/**
 * Under `next dev` only (see pageExtensions in next.config.ts): one article's search result, from the
 * live content. A build writes the same file into public/zoeken/doc/ (scripts/prebuild.ts).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const doc = /^\d+\.json$/.test(file) ? getSearchData().docs[Number(file.slice(0, -5))] : undefined;
  if (!doc) return new Response("Not found", { status: 404 });
  return Response.json(doc);
}
