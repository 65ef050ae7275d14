/**
 * `npm run bench:load`: load test of the production server (`next start`, built into
 * .bench/load-build; SKIP_BUILD=1 reuses the last build) with autocannon over loopback. For 50 and
 * 200 connections and three page types, one run after the other: a 2 s warm-up (not counted), then
 * DURATION seconds (default 10). Prints requests/s, latency p50/p99, errors and non-2xx answers per
 * run; the budget is zero errors and zero non-2xx answers in all runs (exit 1 otherwise). Errors
 * include timeouts (no answer within autocannon's 10 s), which only a run of 10 s or more can show.
 *
 * Between the warm-up and the measured run the script waits until the server answers a single
 * request quickly again. autocannon ends the warm-up with up to 200 requests in flight; a Node
 * server still working through them serves connections that open meanwhile last (see docs/performance.md,
 * "Load"), so without the pause the measured run would inherit the warm-up's queue.
 * PORT (default 3520) is read from the environment.
 */
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { buildSite, freePort, setDistDir, startServer } from "./lib/server";
import { articlePath, paths as routes, tagPath } from "../lib/routes";

/** The part of autocannon's result this script reads (autocannon ships no types). */
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
/** A running autocannon instance: an event emitter that is also a promise of the result. */
interface LoadRun extends PromiseLike<LoadResult> {
  on(event: "reqError", listener: (error: Error & { code?: string }) => void): this;
}
type Autocannon = (opts: { url: string; connections: number; duration: number }) => LoadRun;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const root = path.resolve(import.meta.dirname, "..");
const distDir = ".bench/load-build";
setDistDir(distDir);
const duration = Math.max(1, Number(process.env.DURATION) || 10);
const warmUp = 2;
const connectionCounts = [50, 200];
const pagePaths = [routes.home, articlePath("werken-in-it-consultancy"), tagPath("it")];

// ---------------------------------------------------------------------------------------------
// Load

interface Row {
  path: string;
  connections: number;
  "req/s": number;
  "p50 (ms)": number;
  "p99 (ms)": number;
  errors: number;
  timeouts: number;
  "non-2xx": number;
  statuses: string;
  "error kinds": string;
}

/**
 * Waits (at most 10 s) until two requests in a row are answered with 200 within 50 ms: the server
 * is idle. Says so when it gives up; the measured run then shows whatever is wrong.
 */
async function untilIdle(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let quick = 0;
  while (quick < 2) {
    const left = deadline - Date.now();
    if (left <= 0) {
      console.warn(`  ${url} did not answer promptly within 10 s after the warm-up; measuring anyway.`);
      return;
    }
    const started = performance.now();
    const ok = await fetch(url, { signal: AbortSignal.timeout(left) })
      .then(async (response) => (await response.arrayBuffer(), response.ok))
      .catch(() => false);
    quick = ok && performance.now() - started < 50 ? quick + 1 : 0;
  }
}

/** A warm-up run (thrown away), a pause until the server is idle, then the measured run. */
async function measure(origin: string, pagePath: string, connections: number): Promise<Row> {
  const url = origin + pagePath;
  await autocannon({ url, connections, duration: warmUp });
  await untilIdle(url);
  const kinds = new Map<string, number>();
  const r = await autocannon({ url, connections, duration }).on("reqError", (error) => {
    const kind = error.code ?? error.message;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  });
  const statuses = Object.entries(r.statusCodeStats).map(([code, s]) => `${code}×${s.count}`);
  return {
    path: pagePath,
    connections,
    "req/s": Math.round(r.requests.average),
    "p50 (ms)": r.latency.p50,
    "p99 (ms)": r.latency.p99,
    // autocannon's errors include its timeouts.
    errors: r.errors,
    timeouts: r.timeouts,
    "non-2xx": r.non2xx,
    statuses: statuses.join(" "),
    "error kinds": [...kinds].map(([kind, n]) => `${kind}×${n}`).join(" "),
  };
}

async function main(): Promise<void> {
  if (process.env.SKIP_BUILD !== "1") await buildSite();
  else if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) throw new Error(`SKIP_BUILD=1 but there is no build in ${distDir}`);
  const server = await startServer(await freePort(Number(process.env.PORT) || 3520));
  try {
    console.log(`autocannon against ${server.origin}: ${warmUp} s warm-up + ${duration} s per run, one run at a time.`);
    const rows: Row[] = [];
    for (const connections of connectionCounts) {
      for (const p of pagePaths) {
        const row = await measure(server.origin, p, connections);
        console.log(`  ${p} × ${connections}: ${row["req/s"]} req/s`);
        rows.push(row);
      }
    }
    console.table(rows);
    const errors = rows.reduce((n, r) => n + r.errors, 0);
    const non2xx = rows.reduce((n, r) => n + r["non-2xx"], 0);
    const pass = errors === 0 && non2xx === 0;
    console.log(`${pass ? "PASS" : "FAIL"}  zero errors and zero non-2xx answers in all runs: ${errors} error(s), ${non2xx} non-2xx`);
    if (!pass) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
