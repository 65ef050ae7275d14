import type { Picture } from "@/lib/images/variants";

/**
 * A resized image: WebP versions for browsers that take them, JPEG/PNG for the rest, with the
 * intrinsic size (no layout shift) and lazy loading unless it is the page's first, largest image.
 */
export function ResponsivePicture({ picture, alt, priority = false, className }: { picture: Picture; alt: string; priority?: boolean; className?: string }) {
  return (
    <picture className="contents">
      <source type="image/webp" srcSet={picture.webpSrcSet} sizes={picture.sizes} />
      <img
        src={picture.src}
        srcSet={picture.srcSet}
        sizes={picture.sizes}
        width={picture.width}
        height={picture.height}
        alt={alt}
        decoding="async"
        loading={priority ? "eager" : "lazy"}
        {...(priority ? { fetchPriority: "high" as const } : {})}
        className={className}
      />
    </picture>
  );
}
