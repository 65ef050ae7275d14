/**
 * `npm run bench:js`: the JavaScript each page type loads (raw and gzip, from the built HTML's
 * script tags), next to a bare Next.js page built with the same version, so the site's own share
 * shows. Needs a production build (`npm run build`) first.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bareNextBuild, pageWeight } from "./lib/page-weight";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, ".next");
if (!fs.existsSync(path.join(dist, "server/app/index.html"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}
const firstIn = (dir: string) => fs.readdirSync(path.join(dist, "server/app", dir)).find((f) => f.endsWith(".html"))!;
const pages: [string, string, number][] = [
  ["home", "index.html", 5],
  ["overview (filter)", "artikelen.html", 15],
  ["article", `artikelen/${firstIn("artikelen")}`, 5],
  ["tag page", `tags/${firstIn("tags")}`, 5],
  ["author page", `auteurs/${firstIn("auteurs")}`, 5],
  ["404", "_not-found.html", 5],
];

// The bare page is a project of its own (.bench/bare): building it leaves this project's files alone.
const bare = pageWeight(
  bareNextBuild(root, (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })),
  "index.html",
);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = pages.map(([name, file, budget]) => {
  const w = pageWeight(dist, file);
  const extra = w.gzip - bare.gzip;
  return { page: name, scripts: w.scripts, raw: kb(w.raw), gzip: kb(w.gzip), "vs bare (gzip)": `${extra >= 0 ? "+" : ""}${kb(extra)}`, budget: `+${budget} KB`, ok: extra <= budget * 1024 ? "yes" : "NO", "inline (gzip)": kb(w.inlineGzip), html: kb(w.html) };
});
console.log(`Bare Next.js page: ${bare.scripts} scripts, ${kb(bare.raw)} raw, ${kb(bare.gzip)} gzip`);
console.table(rows);
if (rows.some((r) => r.ok === "NO")) process.exitCode = 1;
