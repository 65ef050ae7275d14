import type { Image, Root } from "mdast";

/** Props the figure plugin hands to the MDX `img` component (as data attributes, so plain img still works). */
export const FIGURE_PROP = "data-figure";
export const PRIORITY_PROP = "data-priority";

/**
 * remark plugin: an image that stands alone in its paragraph becomes a figure (the paragraph is
 * dropped, as a figure may not sit inside a p). The first such image, when it opens the article
 * (one of its first two blocks), is marked as a priority: it is probably the largest paint.
 */
export function remarkFigures() {
  return (tree: Root) => {
    let first = true;
    tree.children = tree.children.map((node, index) => {
      if (node.type !== "paragraph") return node;
      const content = node.children.filter((child) => !(child.type === "text" && !child.value.trim()));
      const image = content[0];
      if (content.length !== 1 || image?.type !== "image") return node;
      const figure: Image = {
        ...image,
        data: { ...image.data, hProperties: { [FIGURE_PROP]: "", ...(first && index < 2 ? { [PRIORITY_PROP]: "" } : {}) } },
      };
      first = false;
      return figure as unknown as typeof node;
    });
  };
}
