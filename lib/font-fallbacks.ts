/**
 * Metric overrides for a local fallback font, so that text set in it takes the same room as in the
 * web font it stands in for: the same formula next/font uses for its generated fallbacks
 * (size-adjust from the average width of a sample of Latin text; ascent, descent and line gap
 * scaled to match). app/font-fallbacks.css holds the results; lib/font-fallbacks.test.ts checks them.
 */

/** The sample next/font averages glyph widths over: letter frequency and word length of Latin text. */
export const widthSample = "aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      ";

/** Average advance width of `widthSample`, in em, of the fallback fonts (Liberation/Arimo/Tinos share them). */
export const fallbackAverageWidths = {
  arial: 934.5116279069767 / 2048,
  arialBold: 1011.046511627907 / 2048,
  timesNewRoman: 854.3953488372093 / 2048,
  timesNewRomanBold: 907.5581395348837 / 2048,
} as const;

export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average advance width of `widthSample`, in em. */
  averageWidth: number;
}

const percent = (value: number) => `${Math.abs(value * 100).toFixed(2)}%`;

/** The @font-face descriptors that make a fallback with `fallbackAverageWidth` match `font`. */
export function fallbackOverrides(font: FontMetrics, fallbackAverageWidth: number) {
  const sizeAdjust = font.averageWidth / fallbackAverageWidth;
  const scale = font.unitsPerEm * sizeAdjust;
  return {
    "size-adjust": percent(sizeAdjust),
    "ascent-override": percent(font.ascent / scale),
    "descent-override": percent(font.descent / scale),
    "line-gap-override": percent(font.lineGap / scale),
  };
}
