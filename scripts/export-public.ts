/**
 * Runs after `npm run build:static` (npm's postbuild:static), before prune-export: Next copies public/
 * into the export, but when PUBLIC_DIR names another folder (the browser tests' site,
 * scripts/write-test-site.ts) the content step wrote the social images and search files there and the
 * originals live there, so the export carries that folder's files instead. Without PUBLIC_DIR it does nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { publicDir } from "../lib/images/paths";

const out = path.resolve(process.env.STATIC_OUT_DIR || "out");
const own = path.resolve("public");
const chosen = publicDir();
if (chosen !== own && fs.existsSync(out)) {
  // Public files and pages never share a path (Next refuses to build), so these are public/'s copies.
  for (const file of fs.readdirSync(own, { recursive: true, encoding: "utf8" })) {
    const copy = path.join(out, file);
    if (fs.existsSync(copy) && fs.statSync(copy).isFile()) fs.rmSync(copy);
  }
  fs.cpSync(chosen, out, { recursive: true });
  console.log(`Static export: the public files of ${path.relative(process.cwd(), chosen)} instead of public/`);
}
