import { getSearchData } from "@/lib/search/data";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One small file per article with what a search result shows. */
export function generateStaticParams() {
  return getSearchData().docs.map((_, id) => ({ file: `${id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const doc = /^\d+\.json$/.test(file) ? getSearchData().docs[Number(file.slice(0, -5))] : undefined;
  if (!doc) return new Response("Not found", { status: 404 });
  return Response.json(doc);
}
