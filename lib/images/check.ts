import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { AVATAR_WIDTHS, COLUMN_WIDTH, MAX_ORIGINAL_BYTES, MAX_ORIGINAL_SIDE, RASTER_FORMATS } from "./config";
import { readImageInfo, type ImageInfo } from "./info";
import { isRaster } from "./variants";

/** Where an image is shown decides how wide it must be. */
export type ImageUse = "column" | "avatar";

/** A problem with an image file; a warning does not stop the build. */
export interface ImageProblem {
  severity: "error" | "warning";
  message: string;
}

/** The width an image needs to stay sharp on a screen with two device pixels per CSS pixel. */
export function sharpWidth(use: ImageUse): number {
  return use === "column" ? COLUMN_WIDTH * 2 : AVATAR_WIDTHS.at(-1)!;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 });

/** Checks one original against what the pipeline can read and what the page needs (pure). */
export function checkImage(info: ImageInfo, use: ImageUse): ImageProblem[] {
  const { src } = info;
  if (info.format === "svg") return [];
  if (info.format === "heic") {
    return [{
      severity: "error",
      message:
        `${src} is een HEIC-foto (zo bewaart een iPhone foto's) en die kan de site niet lezen. Exporteer haar als JPEG: ` +
        "open de foto op een Mac in Voorvertoning en kies Archief › Exporteer › Structuur: JPEG, of deel haar vanaf de iPhone " +
        "via AirDrop of mail met de optie 'Meest compatibel'. Zet het .jpg-bestand op dezelfde plek en pas de naam in de tekst aan. " +
        "[afbeelding-formaat]",
    }];
  }
  if (!(RASTER_FORMATS as readonly (string | undefined)[]).includes(info.format) || !isRaster(src)) {
    const found = info.format ? `een ${info.format.toUpperCase()}-bestand` : "geen afbeelding die de site herkent";
    return [{
      severity: "error",
      message: `${src} is ${found}; de site kan alleen JPEG, PNG, WebP, AVIF en SVG gebruiken (met de bijpassende extensie). Sla de afbeelding opnieuw op als JPEG (foto's) of PNG (tekeningen, schermafbeeldingen). [afbeelding-formaat]`,
    }];
  }
  const problems: ImageProblem[] = [];
  const tooHeavy = info.bytes > MAX_ORIGINAL_BYTES;
  const tooLarge = Math.max(info.width, info.height) > MAX_ORIGINAL_SIDE;
  if (tooHeavy || tooLarge) {
    const size = [tooHeavy && `${megabytes(info.bytes)} MB`, tooLarge && `${info.width} × ${info.height} pixels`].filter(Boolean).join(" en ");
    problems.push({
      severity: "error",
      message:
        `${src} is ${size}: veel groter dan de site ooit toont ` +
        `(hoogstens ${MAX_ORIGINAL_SIDE} pixels en 20 MB). Verklein haar tot ongeveer 3000 pixels breed en sla haar opnieuw op; ` +
        "de site maakt zelf de kleinere versies. [afbeelding-te-groot]",
    });
  }
  const needed = sharpWidth(use);
  if (info.width < needed) {
    problems.push({
      severity: "warning",
      message:
        `${src} is maar ${info.width} pixels breed; ${use === "column" ? "in de tekstkolom" : "als auteursfoto"} wordt ze op een ` +
        `scherm met dubbele pixeldichtheid (de meeste telefoons en laptops) wazig. Gebruik een versie van minstens ${needed} pixels breed als je die hebt. [afbeelding-te-klein]`,
    });
  }
  return problems;
}

/** A problem at a position of an MDX body. */
export interface PositionedImageProblem extends ImageProblem {
  line: number;
  column: number;
}

/**
 * Checks every local image of an MDX body that exists (a missing one is reported by the MDX
 * rules): its format, its size for the column, and originals nobody should commit.
 */
export function checkImagesInTree(tree: Root): PositionedImageProblem[] {
  const problems: PositionedImageProblem[] = [];
  visit(tree, "image", (node) => {
    if (!node.url.startsWith("/") || node.url.startsWith("//")) return;
    const info = readImageInfo(node.url.split(/[?#]/)[0]!);
    if (!info) return;
    const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    for (const problem of checkImage(info, "column")) problems.push({ ...where, ...problem });
  });
  return problems;
}

/** Checks an author's photo (its existence is checked by the loader). */
export function checkAvatar(src: string): ImageProblem[] {
  const info = readImageInfo(src);
  return info ? checkImage(info, "avatar") : [];
}
