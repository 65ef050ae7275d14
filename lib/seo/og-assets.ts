import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/*
 * Everything the social images draw with, shipped from npm so that rendering never reaches the
 * network: the Latin and Latin Extended subsets of the site's fonts, and Twemoji's SVGs for emoji.
 */

const modules = () => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules");

/**
 * The font files of the social images: family, weight and file under node_modules/@fontsource. The
 * Latin Extended subsets are families of their own: the renderer keeps one font per name and weight,
 * and falls back to the other families for a letter the first one lacks.
 */
const fontFiles = [
  ["Source Serif", 600, "source-serif-4/files/source-serif-4-latin-600-normal.woff"],
  ["Source Serif Latin Ext", 600, "source-serif-4/files/source-serif-4-latin-ext-600-normal.woff"],
  ["Inter", 500, "inter/files/inter-latin-500-normal.woff"],
  ["Inter Latin Ext", 500, "inter/files/inter-latin-ext-500-normal.woff"],
  ["Inter", 600, "inter/files/inter-latin-600-normal.woff"],
  ["Inter Latin Ext", 600, "inter/files/inter-latin-ext-600-normal.woff"],
] as const;

/** Twemoji's SVGs, one file per emoji named by its code points (1f680.svg). */
const emojiDir = () => path.join(modules(), "@twemoji/svg");

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 500 | 600;
  style: "normal";
}

let fonts: OgFont[] | undefined;
/** The fonts, read once per process. */
export function ogFonts(): OgFont[] {
  fonts ??= fontFiles.map(([name, weight, file]) => ({ name, weight, style: "normal", data: fs.readFileSync(path.join(modules(), "@fontsource", file)) }));
  return fonts;
}

/** Twemoji's file name for an emoji: its code points in hex, without U+FE0F unless it joins (as Twemoji names them). */
export function emojiFileName(emoji: string): string {
  const bare = emoji.includes("\u200d") ? emoji : emoji.replace(/\ufe0f/g, "");
  return `${[...bare].map((c) => c.codePointAt(0)!.toString(16)).join("-")}.svg`;
}

/** An emoji as an SVG data URL for the renderer, or undefined when Twemoji has no picture for it. */
export function emojiDataUrl(emoji: string): string | undefined {
  const file = path.join(emojiDir(), emojiFileName(emoji));
  return fs.existsSync(file) ? `data:image/svg+xml;base64,${fs.readFileSync(file).toString("base64")}` : undefined;
}

let covered: Set<number> | undefined;
/** Every code point one of the fonts has a glyph for. */
function fontCoverage(): Set<number> {
  if (!covered) {
    covered = new Set();
    for (const { data } of ogFonts()) {
      const font = fontkit.create(data) as fontkit.Font;
      for (const codePoint of font.characterSet) covered.add(codePoint);
    }
  }
  return covered;
}

const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const segmenter = new Intl.Segmenter("nl", { granularity: "grapheme" });

/**
 * The characters of `text` that a social image cannot draw: letters no font has and emoji Twemoji
 * lacks, each once, in order of appearance.
 */
export function undrawable(text: string): string[] {
  const missing = new Set<string>();
  const coverage = fontCoverage();
  for (const { segment } of segmenter.segment(text)) {
    const byFont = [...segment].every((c) => /\s/u.test(c) || coverage.has(c.codePointAt(0)!));
    if (byFont) continue;
    if (pictographic.test(segment) && fs.existsSync(path.join(emojiDir(), emojiFileName(segment)))) continue;
    missing.add(segment);
  }
  return [...missing];
}

/** A digest of the fonts and the emoji set: when either changes, every social image is rendered again. */
export function ogAssetsDigest(): string {
  const hash = createHash("sha256");
  for (const { data } of ogFonts()) hash.update(data);
  hash.update(fs.readFileSync(path.join(emojiDir(), "package.json")));
  return hash.digest("hex");
}
