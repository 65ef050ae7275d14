import localFont from "next/font/local";

/*
 * The Latin Extended subsets of the site's fonts (ş, ł, ő, č …), as families of their own that the
 * font stacks in globals.css name before the Latin ones. Their unicode-range (Fontsource's
 * latin-ext range) means a browser downloads one only for a page that shows such a letter.
 * next/font needs literal options, so the range is written out in each call.
 */

export const interLatinExt = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2",
  variable: "--font-inter-latin-ext",
  weight: "100 900",
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});

export const sourceSerifLatinExt = localFont({
  variable: "--font-source-serif-latin-ext",
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2",
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
  weight: "200 900",
  preload: false,
  display: "swap",
  adjustFontFallback: false,
});

export const sourceSerifItalicLatinExt = localFont({
  style: "italic",
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-italic.woff2",
  variable: "--font-source-serif-italic-latin-ext",
  adjustFontFallback: false,
  weight: "200 900",
  display: "swap",
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
  preload: false,
});

/** The class names that define the three font variables, for the root element. */
export const latinExtFontVariables = [interLatinExt, sourceSerifLatinExt, sourceSerifItalicLatinExt].map((font) => font.variable).join(" ");
