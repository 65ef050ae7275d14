/**
 * Runs after `npm run build:static` (npm's postbuild:static): removes the page payloads no reader
 * fetches from the export (lib/static-export.ts), and the folders that held only those, and says how
 * much that saved; then makes every page start Next's scripts after its first paint
 * (lib/scripts-after-paint.ts). The export is the folder given, else STATIC_OUT_DIR, else out/, as build:static
 * wrote it. `next start` is not affected: it serves from .next.
 */
import fs from "node:fs";
import path from "node:path";
import { rewriteHtmlFiles } from "../lib/html-files";
import { startScriptsAfterPaint } from "../lib/scripts-after-paint";
import { isUnfetchedPayload } from "../lib/static-export";

const out = path.resolve(process.argv[2] ?? (process.env.STATIC_OUT_DIR || "out"));
const files = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));
const known = new Set(files);
let bytes = 0;
let count = 0;
for (const file of files) {
  if (!isUnfetchedPayload(file, (f) => known.has(f))) continue;
  bytes += fs.statSync(path.join(out, file)).size;
  fs.rmSync(path.join(out, file));
  count++;
}
// Deepest first, so that a folder emptied by removing its only sub-folder goes too.
for (const dir of files.filter((f) => !f.includes(".")).sort((a, b) => b.length - a.length)) {
  const full = path.join(out, dir);
  if (fs.existsSync(full) && fs.statSync(full).isDirectory() && fs.readdirSync(full).length === 0) fs.rmdirSync(full);
}
console.log(`Static export: left out ${count} page payload files no reader fetches (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
console.log(`Scripts after the first paint: ${rewriteHtmlFiles(out, startScriptsAfterPaint)} pages`);
