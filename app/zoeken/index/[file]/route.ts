import { getSearchData } from "@/lib/search/data";

export const dynamic = "force-static";
export const dynamicParams = false;

/** meta.json and one index file per first letter, built at build time. */
export function generateStaticParams() {
  const { shards } = getSearchData();
  return [{ file: "meta.json" }, ...[...shards.keys()].map((letter) => ({ file: `${letter}.json` }))];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { meta, shards } = getSearchData();
  const body = file === "meta.json" ? JSON.stringify(meta) : shards.get(file.replace(/\.json$/, ""));
  if (body === undefined) return new Response("Not found", { status: 404 });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
