/**
 * `npm run bench:dev`: how soon `npm run dev` serves the seed article and shows an edit, beside the
 * framework's own floor. Copies content/ into a temporary CONTENT_DIR (content/ is never touched),
 * starts `npm run dev` (its content step included) on a free port, and times: the start until Next
 * prints "Ready", the first request for the seed article after that (Turbopack compiles the route),
 * a second request (warm), and RUNS (default 3) title edits in the copy, each until the page shows the
 * new title. Then the same start and first request for a bare App Router page with the project's own
 * `next` (bench/lib/bare-page.ts: the seed text, no CSS, no fonts), so that the figure can be read
 * against what the framework itself costs on this machine. Both start without Turbopack's
 * development cache (`.next/dev`) unless WARM=1. Budget (issue #25): first article ≤ 3 s after
 * Ready, an edit ≤ 1 s.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildBarePage } from "./lib/bare-page";
import { cleanups, freePort } from "./lib/server";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.RUNS ?? 3);
const warmCache = process.env.WARM === "1";
const slug = "werken-in-it-consultancy";
const content = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dev-"));
fs.cpSync(path.join(root, "content"), content, { recursive: true });
cleanups.add(() => fs.rmSync(content, { recursive: true, force: true }));
const file = path.join(content, "articles", `${slug}.mdx`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Starts a development server and waits for "Ready"; `nextStarted` is when `next dev` itself began (after npm's predev). */
async function startDev(command: string, args: string[], cwd: string, env: Record<string, string>) {
  if (!warmCache) fs.rmSync(path.join(cwd, ".next/dev"), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  cleanups.add(stop);
  let log = "";
  let nextStarted = started;
  const readyAt = await new Promise<number>((resolve, reject) => {
    const read = (d: Buffer) => {
      log += d.toString();
      if (nextStarted === started && log.includes("> next dev")) nextStarted = performance.now();
      if (/Ready in/.test(log)) resolve(performance.now());
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`${command} ${args.join(" ")} ended (exit ${code}):\n${log}`)));
  });
  return { started, nextStarted, readyAt, stop };
}

/** One GET; its time until the whole body is in, and the body. */
async function get(url: string): Promise<{ ms: number; body: string; status: number }> {
  const t = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - t, body, status: response.status };
}

console.log(`bench:dev, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}${warmCache ? ", Turbopack's .next/dev kept" : ", .next/dev removed first"}`);
const port = await freePort(Number(process.env.PORT) || 3560);
const article = `http://127.0.0.1:${port}/artikelen/${slug}`;
const site = await startDev("npm", ["run", "dev", "--", "-p", String(port), "-H", "127.0.0.1"], root, { CONTENT_DIR: content });
const first = await get(article);
if (first.status !== 200) throw new Error(`The article answered ${first.status}`);
const warm = await get(article);
const edits: number[] = [];
const original = fs.readFileSync(file, "utf8");
for (let run = 1; run <= runs; run++) {
  const title = `Bewerkte titel ${run} ${Date.now()}`;
  const t = performance.now();
  fs.writeFileSync(file, original.replace(/^title: .*$/m, `title: "${title}"`));
  while (!(await get(article)).body.includes(title)) {
    if (performance.now() - t > 60_000) throw new Error("The edit did not show within 60 s");
    await new Promise((r) => setTimeout(r, 50));
  }
  edits.push(performance.now() - t);
}
site.stop();

// The framework's floor, measured the same way right after.
const bareDir = path.dirname(buildBarePage(root, path.join(root, "content/articles", `${slug}.mdx`)));
const barePort = await freePort(port + 1);
const bare = await startDev(path.join(root, "node_modules/.bin/next"), ["dev", "-p", String(barePort), "-H", "127.0.0.1"], bareDir, { NEXT_DIST_DIR: "", STATIC_EXPORT: "" });
const bareFirst = await get(`http://127.0.0.1:${barePort}/`);
if (bareFirst.status !== 200) throw new Error(`The bare page answered ${bareFirst.status}`);
bare.stop();

console.log(`content step (predev) until next dev starts: ${seconds(site.nextStarted - site.started)}`);
console.log(`npm run dev until "Ready":                   ${seconds(site.readyAt - site.started)} (bare page: ${seconds(bare.readyAt - bare.started)})`);
console.log(`first article after Ready:                  ${seconds(first.ms)} (budget 3 s; the bare page's first request: ${seconds(bareFirst.ms)})`);
console.log(`second request:                             ${seconds(warm.ms)}`);
console.log(`an edit until it shows (median of ${runs}):     ${seconds(median(edits))} (${edits.map(seconds).join(", ")}; budget 1 s)`);
process.exit(0);
