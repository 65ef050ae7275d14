/**
 * `npm run bench:scale -- 100 1000 5000`: generates that many synthetic articles into a temporary
 * content folder (CONTENT_DIR) and builds the site from it as `npm run build` does (the content step,
 * then `next build`), four times per size:
 *  - cold: no caches at all (no .cache/ of compiled MDX, social images or content, no build folder);
 *  - cached: .cache/ kept, the build folder removed, as on a CI runner that restores .cache/;
 *  - warm: everything kept and one article's title changed, as in a pull request;
 *  - the static export (`npm run build:static`, warm), to measure what a static host receives
 *    (left out with `--no-export`).
 * Prints per size the times, the memory of the largest process and of all of a build's processes,
 * the `.next` size, the static export's size per article, and the load average when each build
 * started; with two sizes or more, what each further 1,000 articles cost.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withTypeRefsUndone } from "./lib/server";
import { writeSyntheticContent } from "./lib/synthetic-content";

const root = path.resolve(import.meta.dirname, "..");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000);

/** Resident memory (bytes) of a process and all its descendants, and of the largest of them, from /proc. */
function treeRss(pid: number): { total: number; largest: number } {
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
  let largest = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      const bytes = rss ? Number(rss[1]) * 1024 : 0;
      total += bytes;
      largest = Math.max(largest, bytes);
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { total, largest };
}

function dirSize(dir: string): number {
  let total = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

interface Step { seconds: number; cpu: number; peak: number; largest: number; log: string }

/**
 * Runs one command to the end, sampling the memory of its whole process tree, and counting the CPU
 * seconds of the tree (with GNU time): on a shared machine these say more than the wall clock.
 */
async function step(cmd: string, args: string[], env: Record<string, string>): Promise<Step> {
  const started = performance.now();
  const cpuFile = path.join(os.tmpdir(), `bench-scale-cpu-${process.pid}`);
  const child = spawn("/usr/bin/time", ["-q", "-f", "%U %S", "-o", cpuFile, cmd, ...args], { cwd: root, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let peak = 0;
  let largest = 0;
  const timer = setInterval(() => {
    const rss = treeRss(child.pid!);
    peak = Math.max(peak, rss.total);
    largest = Math.max(largest, rss.largest);
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed:\n${log.slice(-3000)}`);
  const cpu = fs.readFileSync(cpuFile, "utf8").trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0);
  return { seconds: (performance.now() - started) / 1000, cpu, peak, largest, log };
}

const tsx = path.join(root, "node_modules/.bin/tsx");
const next = path.join(root, "node_modules/.bin/next");

/** What `npm run build` (or `build:static`) does: the content step, `next build`, and for the export the pruning. */
async function build(env: Record<string, string>, distDir: string, exportDir?: string) {
  const load = os.loadavg()[0]!;
  const content = await step(tsx, ["scripts/prebuild.ts"], env);
  const nextBuild = await withTypeRefsUndone(distDir, () => step(next, ["build"], { ...env, NEXT_DIST_DIR: distDir, ...(exportDir ? { STATIC_EXPORT: "1" } : {}) }));
  const prune = exportDir ? await step(tsx, ["scripts/prune-export.ts", exportDir], env) : undefined;
  return {
    load, content: content.seconds, next: nextBuild.seconds, total: content.seconds + nextBuild.seconds + (prune?.seconds ?? 0),
    cpu: content.cpu + nextBuild.cpu + (prune?.cpu ?? 0), contentCpu: content.cpu,
    peak: Math.max(content.peak, nextBuild.peak), largest: Math.max(content.largest, nextBuild.largest),
    contentLine: content.log.trim().split("\n").filter((line) => /^(MDX|Social images):/.test(line)).join(" "),
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GB`;
const withExport = !process.argv.includes("--no-export");
const rows = [];
const totals: { size: number; cold: number; cached: number }[] = [];
const line = (size: number, name: string, b: Awaited<ReturnType<typeof build>>) =>
  console.log(`${size} ${name}: ${b.total.toFixed(1)} s (content step ${b.content.toFixed(1)} s, next build ${b.next.toFixed(1)} s; CPU ${b.cpu.toFixed(0)} s, of which the content step ${b.contentCpu.toFixed(0)} s), largest process ${gb(b.largest)}, all ${gb(b.peak)}, load ${b.load.toFixed(1)}. ${b.contentLine}`);
for (const size of sizes) {
  const contentDir = path.join(root, ".bench", `content-${size}`);
  const distDir = `.bench/scale-${size}`;
  const exportDir = `.bench/export-${size}`;
  const caches = path.join(root, ".bench", `cache-${size}`);
  const env = {
    CONTENT_DIR: contentDir,
    OG_CACHE_DIR: path.join(caches, "og"),
    MDX_CACHE_DIR: path.join(caches, "mdx"),
    CONTENT_CACHE_DIR: path.join(caches, "content"),
  };
  writeSyntheticContent(contentDir, size);
  // path.resolve, not join: the caches' paths are absolute, and a cache left by an earlier run would make "cold" warm.
  for (const dir of [distDir, exportDir, caches]) fs.rmSync(path.resolve(root, dir), { recursive: true, force: true });

  const cold = await build(env, distDir);
  line(size, "cold", cold);
  const total = dirSize(path.join(root, distDir));
  const cache = dirSize(path.join(root, distDir, "cache"));

  // A fresh CI runner that restored .cache/: no build folder, nothing in the content changed.
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  const cached = await build(env, distDir);
  line(size, "cached", cached);

  // One article changes, as in a typical pull request: its title, so its social image too.
  const changed = path.join(contentDir, "articles", "synthetisch-artikel-00001.mdx");
  fs.writeFileSync(changed, fs.readFileSync(changed, "utf8").replace(/^title: "(.*)"$/m, 'title: "$1, bijgewerkt"'));
  const warm = await build(env, distDir);
  line(size, "warm", warm);

  const exported = withExport ? await build(env, exportDir, exportDir) : undefined;
  const exportSize = withExport ? dirSize(path.join(root, exportDir)) : 0;
  const images = withExport ? dirSize(path.join(root, exportDir, "og")) : 0;
  if (exported) console.log(`${size} static export: ${exported.total.toFixed(1)} s, largest process ${gb(exported.largest)}, load ${exported.load.toFixed(1)}, ${mb(exportSize)}`);
  totals.push({ size, cold: cold.total, cached: cached.total });
  rows.push({
    articles: size,
    "cold (s)": cold.total.toFixed(1),
    "cached (s)": cached.total.toFixed(1),
    "warm (s)": warm.total.toFixed(1),
    "warm: content step + next (s)": `${warm.content.toFixed(1)} + ${warm.next.toFixed(1)}`,
    "CPU s cold / cached / warm": `${cold.cpu.toFixed(0)} / ${cached.cpu.toFixed(0)} / ${warm.cpu.toFixed(0)}`,
    "largest process": gb(Math.max(cold.largest, cached.largest, warm.largest, exported?.largest ?? 0)),
    "all processes": gb(Math.max(cold.peak, cached.peak, warm.peak, exported?.peak ?? 0)),
    ".next (without cache)": mb(total - cache),
    ".next cache": mb(cache),
    "export per article": withExport ? kb(exportSize / size) : "-",
    "of which images": withExport ? kb(images / size) : "-",
    "load at start": [cold, cached, warm, exported].filter(Boolean).map((b) => b!.load.toFixed(1)).join(" / "),
  });
  // Each size's row as soon as it is measured, so that a stopped run keeps what it measured.
  console.table(rows.slice(-1));
  if (!process.env.KEEP) for (const dir of [distDir, exportDir, caches]) fs.rmSync(path.resolve(root, dir), { recursive: true, force: true });
}
// The synthetic archives wrote their images and search files into public/; put the site's own back (from the cache).
await step(tsx, ["scripts/prebuild.ts"], {});
console.table(rows);
for (let i = 1; i < totals.length; i++) {
  const [a, b] = [totals[i - 1]!, totals[i]!];
  const per1000 = (x: number, y: number) => (((y - x) / (b.size - a.size)) * 1000).toFixed(1);
  console.log(`Each further 1,000 articles between ${a.size} and ${b.size}: ${per1000(a.cold, b.cold)} s cold, ${per1000(a.cached, b.cached)} s with .cache/ kept.`);
}
