/**
 * `npm run bench:scale -- 100 1000 5000`: generates that many synthetic articles into a temporary
 * content folder (CONTENT_DIR) and builds the site from it as `npm run build` does (the social
 * images first, then `next build`), three times per size:
 *  - cold: no caches at all (no social-image cache, no build folder);
 *  - warm: the caches kept and one article's title changed, as in a pull request;
 *  - the static export (`npm run build:static`, warm), to measure what a static host receives.
 * Prints per size the times, the peak memory of each build's processes, the `.next` size, the
 * static export's size per article, and the load average of the machine when each build started.
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
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

interface Step { seconds: number; cpu: number; peak: number; log: string }

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
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed:\n${log.slice(-3000)}`);
  const cpu = fs.readFileSync(cpuFile, "utf8").trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0);
  return { seconds: (performance.now() - started) / 1000, cpu, peak, log };
}

const tsx = path.join(root, "node_modules/.bin/tsx");
const next = path.join(root, "node_modules/.bin/next");

/** What `npm run build` (or `build:static`) does: social images, `next build`, and for the export the pruning. */
async function build(env: Record<string, string>, distDir: string, exportDir?: string) {
  const load = os.loadavg()[0]!;
  const og = await step(tsx, ["scripts/prebuild.ts"], env);
  const nextBuild = await withTypeRefsUndone(distDir, () => step(next, ["build"], { ...env, NEXT_DIST_DIR: distDir, ...(exportDir ? { STATIC_EXPORT: "1" } : {}) }));
  const prune = exportDir ? await step(tsx, ["scripts/prune-export.ts", exportDir], env) : undefined;
  return {
    load, og: og.seconds, next: nextBuild.seconds, total: og.seconds + nextBuild.seconds + (prune?.seconds ?? 0),
    cpu: og.cpu + nextBuild.cpu + (prune?.cpu ?? 0), ogCpu: og.cpu,
    peak: Math.max(og.peak, nextBuild.peak), ogLine: og.log.trim().split("\n").at(-1) ?? "",
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GB`;
const rows = [];
for (const size of sizes) {
  const contentDir = path.join(root, ".bench", `content-${size}`);
  const distDir = `.bench/scale-${size}`;
  const exportDir = `.bench/export-${size}`;
  const env = { CONTENT_DIR: contentDir, OG_CACHE_DIR: path.join(root, ".bench", `og-cache-${size}`) };
  writeSyntheticContent(contentDir, size);
  // path.resolve, not join: the image cache's path is absolute, and a cache left by an earlier run would make "cold" warm.
  for (const dir of [distDir, exportDir, env.OG_CACHE_DIR]) fs.rmSync(path.resolve(root, dir), { recursive: true, force: true });

  const cold = await build(env, distDir);
  console.log(`${size} cold: ${cold.total.toFixed(1)} s (social images ${cold.og.toFixed(1)} s, next build ${cold.next.toFixed(1)} s; CPU ${cold.cpu.toFixed(0)} s of which images ${cold.ogCpu.toFixed(0)} s), peak ${gb(cold.peak)}, load ${cold.load.toFixed(1)}. ${cold.ogLine}`);
  const total = dirSize(path.join(root, distDir));
  const cache = dirSize(path.join(root, distDir, "cache"));

  // One article changes, as in a typical pull request: its title, so its social image too.
  const changed = path.join(contentDir, "articles", "synthetisch-artikel-00001.mdx");
  fs.writeFileSync(changed, fs.readFileSync(changed, "utf8").replace(/^title: "(.*)"$/m, 'title: "$1, bijgewerkt"'));
  const warm = await build(env, distDir);
  console.log(`${size} warm: ${warm.total.toFixed(1)} s (social images ${warm.og.toFixed(1)} s, next build ${warm.next.toFixed(1)} s; CPU ${warm.cpu.toFixed(0)} s), peak ${gb(warm.peak)}, load ${warm.load.toFixed(1)}. ${warm.ogLine}`);

  const exported = await build(env, exportDir, exportDir);
  const exportSize = dirSize(path.join(root, exportDir));
  const images = dirSize(path.join(root, exportDir, "og"));
  console.log(`${size} static export: ${exported.total.toFixed(1)} s, peak ${gb(exported.peak)}, load ${exported.load.toFixed(1)}, ${mb(exportSize)}`);
  rows.push({
    articles: size,
    "cold (s)": cold.total.toFixed(1),
    "warm (s)": warm.total.toFixed(1),
    "warm: images + next (s)": `${warm.og.toFixed(1)} + ${warm.next.toFixed(1)}`,
    "CPU s cold / warm": `${cold.cpu.toFixed(0)} / ${warm.cpu.toFixed(0)}`,
    "peak": gb(Math.max(cold.peak, warm.peak, exported.peak)),
    ".next (without cache)": mb(total - cache),
    ".next cache": mb(cache),
    "export per article": kb(exportSize / size),
    "of which images": kb(images / size),
    "load at start": `${cold.load.toFixed(1)} / ${warm.load.toFixed(1)} / ${exported.load.toFixed(1)}`,
  });
  // Each size's row as soon as it is measured, so that a stopped run keeps what it measured.
  console.table(rows.slice(-1));
  if (!process.env.KEEP) for (const dir of [distDir, exportDir]) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
}
// The synthetic archives wrote their images into public/og; put the site's own back (from the cache).
await step(tsx, ["scripts/prebuild.ts"], {});
console.table(rows);
