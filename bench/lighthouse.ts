/**
 * `npm run bench:lighthouse`: Lighthouse 12 (default mobile preset: emulated phone, simulated slow
 * network and CPU) on one page of each type, served by `next start` from a production build in
 * .bench/lighthouse-build (SKIP_BUILD=1 reuses the last one). Runs every page RUNS times (default 3),
 * prints the median scores and LCP/TBT/CLS, checks the budgets of issue #15 (performance ≥ 0.98,
 * LCP ≤ 2.0 s and CLS 0; accessibility, best practices and SEO 1.00, on every page), lists the failing audits of any category below
 * budget, and writes the medians to .bench/lighthouse.json. Exits 1 if a budget fails.
 * PORT (default 3510) and CHROME_PATH (else the system Chromium, see lib/chromium.ts) are read from the environment.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { chromiumFlags, systemChromium } from "../lib/chromium";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { buildSite, cleanups, freePort, setDistDir, startServer } from "./lib/server";
import { articlePath, authorPath, paths, tagPath } from "../lib/routes";

const root = path.resolve(import.meta.dirname, "..");
const distDir = ".bench/lighthouse-build";
setDistDir(distDir);
const reportFile = path.join(root, ".bench/lighthouse.json");
const runs = Math.max(1, Number(process.env.RUNS) || 3);

const pages: [name: string, path: string][] = [
  ["home", paths.home],
  ["overview", paths.articles],
  ["article", articlePath("werken-in-it-consultancy")],
  ["tag page", tagPath("it")],
  ["author page", authorPath("jeroen-bakker")],
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];
const budgets: Record<Category, { label: string; min: number }> = {
  performance: { label: "Performance", min: 0.98 },
  accessibility: { label: "Accessibility", min: 1 },
  "best-practices": { label: "Best Practices", min: 1 },
  seo: { label: "SEO", min: 1 },
};
/** The first-paint budgets on the median run of every page: Largest Contentful Paint and layout shift. */
const paintBudgets = { lcpMs: 2000, cls: 0 } as const;
const chromeFlags = ["--headless=new", ...chromiumFlags];

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** One Lighthouse run's figures. */
interface RunFigures {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of how fast this machine was during the run (higher is faster). */
  benchmarkIndex: number;
}

/** Lighthouse's own trace recording sometimes misses the navigation (NO_NAVSTART); such a run is repeated, up to twice. */
const retriedErrors = new Set(["NO_NAVSTART", "NO_FCP"]);

async function audit(url: string, port: number, attempt = 1): Promise<Result> {
  const flags: Flags = { port, output: "json", logLevel: "error", onlyCategories: [...categories] };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const error = result.lhr.runtimeError;
  if (error && retriedErrors.has(error.code) && attempt < 3) {
    console.log(`    (${error.code} on ${url}: running it again)`);
    return audit(url, port, attempt + 1);
  }
  if (error) throw new Error(`Lighthouse failed on ${url}: ${error.code} ${error.message}`);
  return result.lhr;
}

const figures = (lhr: Result): RunFigures => ({
  scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>,
  lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
  tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
  cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
  benchmarkIndex: lhr.environment.benchmarkIndex,
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The run whose score in a category is the median one (the lower middle for an even count). */
function medianRun(lhrs: Result[], category: Category): Result {
  const sorted = [...lhrs].sort((a, b) => (a.categories[category]?.score ?? 0) - (b.categories[category]?.score ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A short description of a few of an audit's failing items (elements, URLs), to help fix them. */
function itemHints(details: unknown, max = 3): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, max).map((item) => {
    const i = item as { node?: { selector?: string; snippet?: string }; url?: string; source?: { url?: string }; description?: string };
    const text = i.node?.snippet ?? i.node?.selector ?? i.url ?? i.source?.url ?? i.description ?? JSON.stringify(item);
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  });
}

/** The audits that pull a category down in one run: weighted ones first, each with a few items. */
function failingAudits(lhr: Result, category: Category) {
  const threshold = category === "performance" ? 0.9 : 1;
  const refs = [...(lhr.categories[category]?.auditRefs ?? [])].sort((a, b) => b.weight - a.weight);
  return refs.flatMap((ref) => {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= threshold || ["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode)) return [];
    return [{ id: a.id, title: a.title, score: a.score, weight: ref.weight, displayValue: a.displayValue, items: itemHints(a.details) }];
  });
}

// ---------------------------------------------------------------------------------------------
// Report

const two = (n: number) => n.toFixed(2);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface PageResult {
  name: string;
  path: string;
  runs: RunFigures[];
  median: RunFigures;
  failing: Partial<Record<Category, ReturnType<typeof failingAudits>>>;
}

async function measurePage(name: string, pagePath: string, origin: string, chromePort: number): Promise<PageResult> {
  const lhrs: Result[] = [];
  for (let i = 1; i <= runs; i++) lhrs.push(await audit(origin + pagePath, chromePort));
  const all = lhrs.map(figures);
  console.log(`  ${name} (${pagePath}): performance ${all.map((f) => two(f.scores.performance)).join(" / ")}`);
  const med: RunFigures = {
    scores: Object.fromEntries(categories.map((c) => [c, median(all.map((f) => f.scores[c]))])) as Record<Category, number>,
    lcpMs: median(all.map((f) => f.lcpMs)),
    tbtMs: median(all.map((f) => f.tbtMs)),
    cls: median(all.map((f) => f.cls)),
    benchmarkIndex: median(all.map((f) => f.benchmarkIndex)),
  };
  const failing: PageResult["failing"] = {};
  for (const c of categories) if (med.scores[c] < budgets[c].min) failing[c] = failingAudits(medianRun(lhrs, c), c);
  return { name, path: pagePath, runs: all, median: med, failing };
}

function printTable(results: PageResult[]): void {
  console.table(
    results.map((r) => ({
      page: r.name,
      path: r.path,
      performance: two(r.median.scores.performance),
      accessibility: two(r.median.scores.accessibility),
      "best practices": two(r.median.scores["best-practices"]),
      seo: two(r.median.scores.seo),
      LCP: seconds(r.median.lcpMs),
      TBT: `${Math.round(r.median.tbtMs)} ms`,
      CLS: r.median.cls.toFixed(3),
    })),
  );
}

/** Prints one line per budget, with the failing audits under any page below it; false if one fails. */
function printBudgets(results: PageResult[]): boolean {
  let allPass = true;
  for (const c of categories) {
    const { label, min } = budgets[c];
    const below = results.filter((r) => r.median.scores[c] < min);
    const rule = min === 1 ? `${label} = 1.00` : `${label} ≥ ${two(min)}`;
    if (!below.length) {
      console.log(`PASS  ${rule} on every page`);
      continue;
    }
    allPass = false;
    console.log(`FAIL  ${rule}: ${below.map((r) => `${r.path} (${two(r.median.scores[c])})`).join(", ")}`);
    for (const r of below) {
      console.log(`      ${r.path}, failing audits in the median run:`);
      for (const a of r.failing[c] ?? []) {
        console.log(`        - ${a.id}: ${a.title} (score ${two(a.score)}${a.displayValue ? `, ${a.displayValue}` : ""}${a.weight ? "" : ", weight 0"})`);
        for (const item of a.items) console.log(`            ${item}`);
      }
    }
  }
  const slow = results.filter((r) => r.median.lcpMs > paintBudgets.lcpMs);
  console.log(`${slow.length ? "FAIL" : "PASS"}  LCP ≤ ${seconds(paintBudgets.lcpMs)}${slow.length ? `: ${slow.map((r) => `${r.path} (${seconds(r.median.lcpMs)})`).join(", ")}` : " on every page"}`);
  // Lighthouse shows CLS to three decimals; a shift of a few millionths (sub-pixel rounding) shows as 0.000.
  const shifting = results.filter((r) => Number(r.median.cls.toFixed(3)) > paintBudgets.cls);
  console.log(`${shifting.length ? "FAIL" : "PASS"}  CLS = 0${shifting.length ? `: ${shifting.map((r) => `${r.path} (${r.median.cls.toFixed(3)})`).join(", ")}` : " on every page"}`);
  return allPass && slow.length === 0 && shifting.length === 0;
}

/** Simulated throttling scales the CPU time Chrome really used, so a busy machine lowers TBT/LCP scores. */
function warnIfBusy(): void {
  const load = os.loadavg()[0] ?? 0;
  const cores = os.cpus().length;
  console.log(`Load average (1 min): ${load.toFixed(2)} on ${cores} cores.`);
  if (load > cores) console.log("Warning: the machine is busy; performance scores will be lower and noisier than on a quiet one.");
}

async function main(): Promise<void> {
  if (process.env.SKIP_BUILD !== "1") await buildSite();
  else if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) throw new Error(`SKIP_BUILD=1 but there is no build in ${distDir}`);
  const server = await startServer(await freePort(Number(process.env.PORT) || 3510));
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    // One request per page first, so the server's first-hit start-up is not in the first run.
    for (const [, p] of pages) await fetch(server.origin + p).then((r) => r.arrayBuffer());
    // chrome-launcher gives Chrome a fresh temporary user-data-dir and deletes it on kill().
    chrome = await chromeLauncher.launch({ chromePath: systemChromium(), chromeFlags, handleSIGINT: false, logLevel: "error" });
    const launched = chrome;
    cleanups.add(launched.kill);
    console.log(`Lighthouse 12, mobile preset, ${runs} run(s) per page, against ${server.origin} (one Chrome for all runs).`);
    warnIfBusy();
    const results: PageResult[] = [];
    for (const [name, p] of pages) results.push(await measurePage(name, p, server.origin, launched.port));
    printTable(results);
    const pass = printBudgets(results);
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.writeFileSync(reportFile, JSON.stringify({ date: new Date().toISOString(), runs, loadAverage: os.loadavg(), budgets, pages: results }, null, 2) + "\n");
    console.log(`Medians written to ${path.relative(root, reportFile)}.`);
    if (!pass) process.exitCode = 1;
  } finally {
    if (chrome) {
      chrome.kill();
      cleanups.delete(chrome.kill);
    }
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
