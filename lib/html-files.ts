import fs from "node:fs";
import path from "node:path";

/** Rewrites every .html file under `folder` with `rewrite`; returns how many changed. */
export function rewriteHtmlFiles(folder: string, rewrite: (html: string) => string): number {
  let changed = 0;
  for (const name of fs.readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".html")) continue;
    const file = path.join(folder, name);
    const html = fs.readFileSync(file, "utf8");
    const next = rewrite(html);
    if (next === html) continue;
    fs.writeFileSync(file, next);
    changed++;
  }
  return changed;
}
