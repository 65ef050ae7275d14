/**
 * `npm run bench:scale -- 100 1000 5000`: generates that many synthetic articles into a temporary
 * content folder (CONTENT_DIR), builds the site from it, and prints per size the build time, time
 * per 1,000 articles, peak memory of the build's processes, output size, and the HTML size of
 * /artikelen and of the largest tag page.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { withTypeRefsUndone } from "./lib/server";
import { writeSyntheticContent } from "./lib/synthetic-content";

const root = path.resolve(import.meta.dirname, "..");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000);

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function build(contentDir: string, distDir: string): Promise<{ seconds: number; peak: number; log: string }> {
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed for ${contentDir}:\n${log.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peak, log };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const size of sizes) {
  const contentDir = path.join(root, ".bench", `content-${size}`);
  const distDir = `.bench/scale-${size}`;
  writeSyntheticContent(contentDir, size);
  const { seconds, peak } = await withTypeRefsUndone(distDir, () => build(contentDir, distDir));
  const app = path.join(root, distDir, "server/app");
  const tagPages = fs.readdirSync(path.join(app, "tags")).filter((f) => f.endsWith(".html"));
  const largestTag = Math.max(...tagPages.map((f) => fs.statSync(path.join(app, "tags", f)).size));
  // The build output is what `next start` serves from; Next's own build cache is counted apart.
  const total = dirSize(path.join(root, distDir));
  const cache = fs.existsSync(path.join(root, distDir, "cache")) ? dirSize(path.join(root, distDir, "cache")) : 0;
  const output = total - cache;
  const pages = fs.existsSync(path.join(app, "artikelen/pagina")) ? fs.readdirSync(path.join(app, "artikelen/pagina")).filter((f) => f.endsWith(".html")).length + 1 : 1;
  rows.push({
    articles: size,
    "build (s)": seconds.toFixed(1),
    "s per 1000": ((seconds / size) * 1000).toFixed(1),
    "peak memory": mb(peak),
    output: mb(output),
    "build cache": mb(cache),
    "output per article": kb(output / size),
    "/artikelen HTML": kb(fs.statSync(path.join(app, "artikelen.html")).size),
    "largest tag page HTML": kb(largestTag),
    "overview pages": pages,
  });
  console.log(`built ${size} articles in ${seconds.toFixed(1)} s`);
  if (!process.env.KEEP) fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
}
console.table(rows);
