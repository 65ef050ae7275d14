/**
 * `npm run screenshots -- /path [/path …]`: full-page screenshots of a running site (BASE_URL,
 * default http://127.0.0.1:3000) at 375 px and 1440 px into screenshots/, for looking at changes.
 * Options through the environment: THEME=dark, MEDIA=print, WIDTHS=375,1280, OUT_DIR=folder.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumFlags, systemChromium } from "../lib/chromium";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
const outDir = process.env.OUT_DIR ?? "screenshots";
const widths = process.env.WIDTHS ? process.env.WIDTHS.split(",").map(Number) : [375, 1440];
fs.mkdirSync(outDir, { recursive: true });
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: process.env.THEME === "dark" ? "dark" : "light" });
  if (process.env.MEDIA === "print") await page.emulateMedia({ media: "print" });
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: "networkidle" });
    const name = `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}${process.env.THEME ? `-${process.env.THEME}` : ""}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await browser.close();
