import localFont from "next/font/local";

/*
 * The Latin Extended subset of the heading font (ş, ł, ő, č …), as a family of its own that the
 * heading stack in globals.css names before the Latin one. Its unicode-range (Fontsource's
 * latin-ext range) means a browser downloads it only for a page whose headings show such a letter.
 */
export const sourceSerifLatinExt = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff2",
  variable: "--font-source-serif-latin-ext",
  weight: "600",
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});
