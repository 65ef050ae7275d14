import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fallbackAverageWidths, fallbackOverrides, widthSample, type FontMetrics } from "./font-fallbacks";

// next/font's own font parser and fallback computation (internal modules of the pinned Next.js).
const require = createRequire(import.meta.url);
type Font = { ascent: number; descent: number; lineGap: number; unitsPerEm: number; glyphsForString(s: string): { advanceWidth: number }[] };
const fontkit = require("next/dist/compiled/@next/font/dist/fontkit").default as { default?: (b: Buffer) => Font } & ((b: Buffer) => Font);
const parseFont = fontkit.default ?? fontkit;
const { getFallbackMetricsFromFontFile } = require("next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file") as {
  getFallbackMetricsFromFontFile(font: Font, category: "serif" | "sans-serif"): Record<string, string>;
};

const root = path.resolve(import.meta.dirname, "..");
const open = (file: string) => parseFont(fs.readFileSync(path.join(root, "node_modules", file)));
const averageWidth = (font: Font) => {
  const widths = font.glyphsForString(widthSample).map((g) => g.advanceWidth);
  return widths.reduce((a, b) => a + b, 0) / widths.length / font.unitsPerEm;
};
/** Vertical metrics of the font file the site serves; the average width of a face (the same file, or one weight of a variable font). */
function metrics(variableFile: string, weightFile: string): FontMetrics {
  const font = open(variableFile);
  return { ascent: font.ascent, descent: font.descent, lineGap: font.lineGap, unitsPerEm: font.unitsPerEm, averageWidth: averageWidth(open(weightFile)) };
}

/** The one web font: Source Serif 4 semibold, Latin, for headings; body and UI text are in system fonts. */
const heading = "@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2";
/** The fallback face in app/font-fallbacks.css: a bold local Times metric-matched to the heading font, at every weight. */
const faces = [{ family: "Source Serif Fallback", weight: "100 900", font: metrics(heading, heading), fallback: fallbackAverageWidths.timesNewRomanBold }];

/** The @font-face rules of the stylesheet, each as a map of descriptor to value. */
function fontFaces(css: string): Record<string, string>[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) =>
    Object.fromEntries(body!.split(";").flatMap((decl) => {
      const i = decl.indexOf(":");
      return i < 0 ? [] : [[decl.slice(0, i).trim(), decl.slice(i + 1).trim().replace(/^"(.*)"$/, "$1")]];
    })),
  );
}

describe("metric-matched fallback fonts", () => {
  it("computes what next/font computes for a regular face", () => {
    for (const [file, category, width] of [[heading, "serif", fallbackAverageWidths.timesNewRoman]] as const) {
      const font = open(file);
      const next = getFallbackMetricsFromFontFile(font, category);
      const ours = fallbackOverrides({ ascent: font.ascent, descent: font.descent, lineGap: font.lineGap, unitsPerEm: font.unitsPerEm, averageWidth: averageWidth(font) }, width);
      expect(ours).toEqual({
        "size-adjust": next.sizeAdjust,
        "ascent-override": next.ascentOverride,
        "descent-override": next.descentOverride,
        "line-gap-override": next.lineGapOverride,
      });
    }
  });

  it("app/font-fallbacks.css holds the overrides computed from the font files, for every face", () => {
    const css = fontFaces(fs.readFileSync(path.join(root, "app/font-fallbacks.css"), "utf8"));
    expect(css).toHaveLength(faces.length);
    for (const face of faces) {
      const rule = css.find((r) => r["font-family"] === face.family && r["font-weight"] === face.weight);
      expect(rule, `${face.family} ${face.weight}`).toBeDefined();
      expect(rule, `${face.family} ${face.weight}`).toMatchObject(fallbackOverrides(face.font, face.fallback));
    }
  });

  it("names Liberation and the Croscore fonts beside Arial and Times New Roman, for Linux and ChromeOS", () => {
    for (const rule of fontFaces(fs.readFileSync(path.join(root, "app/font-fallbacks.css"), "utf8"))) {
      expect(rule.src).toMatch(/local\("(Arial|Times New Roman)/);
      expect(rule.src).toMatch(/local\("Liberation (Sans|Serif)/);
      expect(rule.src).toMatch(/local\("(Arimo|Tinos)/);
    }
  });
});
