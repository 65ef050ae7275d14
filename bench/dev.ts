/**
 * `npm run bench:dev`: how soon `npm run dev` serves the seed article and shows an edit. Copies content/
 * into a temporary CONTENT_DIR (content/ is never touched), starts `npm run dev` (its content step
 * included) on a free port, and times: the start until Next prints "Ready", the first request for the
 * seed article after that (Turbopack compiles the route), a second request (warm), and RUNS (default 3)
 * title edits in the copy, each until the page shows the new title. Budget (issue #25): first article
 * ≤ 3 s after Ready, an edit ≤ 1 s.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cleanups, freePort } from "./lib/server";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.RUNS ?? 3);
const slug = "werken-in-it-consultancy";
const content = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dev-"));
fs.cpSync(path.join(root, "content"), content, { recursive: true });
cleanups.add(() => fs.rmSync(content, { recursive: true, force: true }));
const file = path.join(content, "articles", `${slug}.mdx`);

const port = await freePort(Number(process.env.PORT) || 3560);
const origin = `http://127.0.0.1:${port}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`bench:dev on ${origin}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const started = performance.now();
const child = spawn("npm", ["run", "dev", "--", "-p", String(port), "-H", "127.0.0.1"], {
  cwd: root,
  env: { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" },
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
});
const stop = () => {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
};
cleanups.add(stop);
let log = "";
let nextStarted = 0;
const ready = new Promise<number>((resolve, reject) => {
  const read = (d: Buffer) => {
    log += d.toString();
    if (!nextStarted && log.includes("> next dev")) nextStarted = performance.now();
    if (/Ready in/.test(log)) resolve(performance.now());
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  child.once("exit", (code) => reject(new Error(`npm run dev ended (exit ${code}):\n${log}`)));
});
const readyAt = await ready;

/** One GET of the article; its time until the whole body is in, and the body. */
async function get(): Promise<{ ms: number; body: string; status: number }> {
  const t = performance.now();
  const response = await fetch(`${origin}/artikelen/${slug}`);
  const body = await response.text();
  return { ms: performance.now() - t, body, status: response.status };
}

const first = await get();
if (first.status !== 200) throw new Error(`The article answered ${first.status}`);
const warm = await get();
const edits: number[] = [];
const original = fs.readFileSync(file, "utf8");
for (let run = 1; run <= runs; run++) {
  const title = `Bewerkte titel ${run} ${Date.now()}`;
  const t = performance.now();
  fs.writeFileSync(file, original.replace(/^title: .*$/m, `title: "${title}"`));
  while (!(await get()).body.includes(title)) {
    if (performance.now() - t > 60_000) throw new Error("The edit did not show within 60 s");
    await new Promise((r) => setTimeout(r, 50));
  }
  edits.push(performance.now() - t);
}
stop();

console.log(`content step (predev) until next dev starts: ${seconds(nextStarted - started)}`);
console.log(`npm run dev until "Ready":                   ${seconds(readyAt - started)}`);
console.log(`first article after Ready:                  ${seconds(first.ms)} (budget 3 s)`);
console.log(`second request:                             ${seconds(warm.ms)}`);
console.log(`an edit until it shows (median of ${runs}):     ${seconds(median(edits))} (${edits.map(seconds).join(", ")}; budget 1 s)`);
process.exit(0);
