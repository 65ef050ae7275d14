import { visit } from "unist-util-visit";
import { parseMdx } from "../mdx/compile";
import { AVATAR_WIDTHS } from "./config";
import { readImageInfo } from "./info";
import { columnWidths, isRaster, variantsOf, type Variant } from "./variants";

/** The images a page uses, as their site paths: every raster in the bodies and every author photo. */
export function usedImages(articles: readonly { body: string }[], authors: readonly { avatar?: string }[]): { column: string[]; avatar: string[] } {
  const column = new Set<string>();
  for (const { body } of articles) {
    // Most articles have no image; only those with one are parsed again.
    if (!body.includes("![")) continue;
    const tree = parseMdx(body);
    if ("reason" in tree) continue;
    visit(tree, "image", (node) => {
      if (node.url.startsWith("/") && !node.url.startsWith("//") && isRaster(node.url)) column.add(node.url.split(/[?#]/)[0]!);
    });
  }
  const avatar = new Set(authors.flatMap((a) => (a.avatar && isRaster(a.avatar) ? [a.avatar] : [])));
  return { column: [...column].sort(), avatar: [...avatar].sort() };
}

/** Every version the build must write: the column widths of each body image, the avatar widths of each photo. */
export function variantsToBuild(used: { column: string[]; avatar: string[] }): Variant[] {
  const all = [
    ...used.column.flatMap((src) => variantsOf(src, columnWidths(readImageInfo(src)?.width ?? 0))),
    ...used.avatar.flatMap((src) => variantsOf(src, AVATAR_WIDTHS)),
  ];
  const seen = new Set<string>();
  return all.filter((v) => {
    const key = `${v.src}|${v.width}|${v.format}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
