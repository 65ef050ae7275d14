import type { ComponentPropsWithoutRef } from "react";
import { readImageInfo } from "@/lib/images/info";
import { FIGURE_PROP, PRIORITY_PROP } from "@/lib/images/remark-figures";
import { columnPicture, isRaster } from "@/lib/images/variants";
import { ResponsivePicture } from "./responsive-picture";
import { withBasePath } from "@/lib/routes";

type Props = ComponentPropsWithoutRef<"img"> & { [FIGURE_PROP]?: string; [PRIORITY_PROP]?: string };

/**
 * An image in an article: resized versions for the column, and, when it stands alone in its
 * paragraph, a figure whose caption is the Markdown title (`![alt](/images/x.jpg "Bijschrift")`).
 */
export function ArticleImage({ src, alt = "", title, [FIGURE_PROP]: figure, [PRIORITY_PROP]: priority }: Props) {
  const path = typeof src === "string" ? src : "";
  const info = path.startsWith("/") ? readImageInfo(path) : undefined;
  const image = info && isRaster(path) ? (
    <ResponsivePicture picture={columnPicture(path, info.width, info.height)} alt={alt} priority={priority !== undefined} className="h-auto w-full rounded-lg" />
  ) : (
    // SVG stays as it is: it is sharp at every width.
    // eslint-disable-next-line @next/next/no-img-element -- an SVG needs no resizing
    <img src={withBasePath(path)} alt={alt} width={info?.width || undefined} height={info?.height || undefined} decoding="async" loading={priority !== undefined ? "eager" : "lazy"} className="h-auto max-w-full" />
  );
  if (figure === undefined) return image;
  return (
    <figure>
      {image}
      {title && <figcaption>{title}</figcaption>}
    </figure>
  );
}
