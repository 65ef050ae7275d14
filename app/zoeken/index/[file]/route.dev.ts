import { getSearchData } from "@/lib/search/data";

/**
 * Under `next dev` only (see pageExtensions in next.config.ts): meta.json and the index file of one
 * first letter, from the live content. A build writes the same files into public/zoeken/index/
 * (scripts/prebuild.ts).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { meta, shards } = getSearchData();
  const body = file === "meta.json" ? JSON.stringify(meta) : shards.get(file.replace(/\.json$/, ""));
  if (body === undefined) return new Response("Not found", { status: 404 });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
