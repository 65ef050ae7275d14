import { getArticles, getAuthors } from "@/lib/content/store";
import { ensureVariants, variantBytes } from "@/lib/images/process";
import { usedImages, variantsToBuild } from "@/lib/images/used";
import { MIME, parseVariantPath } from "@/lib/images/variants";

export const dynamic = "force-static";
export const dynamicParams = false;

/**
 * Every resized version of every image an article or author uses, made at build time (from the
 * cache in .cache/images when the photo has not changed): /img/images/team.jpg/700.webp.
 */
export async function generateStaticParams() {
  const variants = variantsToBuild(usedImages(getArticles(), getAuthors()));
  const bySource = new Map<string, typeof variants>();
  for (const v of variants) bySource.set(v.src, [...(bySource.get(v.src) ?? []), v]);
  const started = performance.now();
  let processed = 0;
  // One original at a time: each is decoded once for all its widths, and memory stays flat.
  for (const [src, list] of bySource) processed += (await ensureVariants(src, list)).processed;
  if (processed > 0) {
    console.log(`Images: ${processed} of ${variants.length} versions of ${bySource.size} images made in ${Math.round(performance.now() - started)} ms; the rest came from .cache/images`);
  }
  const params = variants.map((v) => ({ variant: [...v.src.slice(1).split("/"), `${v.width}.${v.format}`] }));
  // A static export needs one address per route: a site without raster images gets one that no
  // page links to and that answers 404.
  return params.length === 0 && process.env.STATIC_EXPORT === "1" ? [{ variant: ["geen-afbeelding", "0.webp"] }] : params;
}

export async function GET(_request: Request, { params }: { params: Promise<{ variant: string[] }> }) {
  const variant = parseVariantPath((await params).variant);
  if (!variant) return new Response("Not found", { status: 404 });
  const bytes = await variantBytes(variant);
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": MIME[variant.format] } });
}
