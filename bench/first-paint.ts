/**
 * `npm run bench:first-paint`: how far the site's first paint is from a bare App Router page of the
 * same Next.js holding the same text (bench/lib/bare-page.ts). Both are static exports served by the
 * same small gzip server (bench/lib/export-server.ts); Lighthouse 12 (mobile preset) runs on the
 * bare page and on home, /artikelen, the seed article, a tag page, an author page and /zoeken,
 * interleaved (one run of every page, then the next round), RUNS rounds (default 5, `--runs N`).
 * Prints the medians (scores, FCP, LCP, TBT, CLS, bytes requested before LCP) with each page's LCP
 * element, checks the done-when figures of issue #24 and writes them to .bench/first-paint*.json.
 *
 * Modes:
 *   --ablate      the seed article as built and with one kind of resource taken away at a time
 *                 (web fonts, stylesheet, flight data, images, scripts), beside the bare page.
 *   --next-start  every page from the export and from `next start` of a server build, beside the bare page.
 *   --approaches  home, /artikelen, the seed article and the author page as built and with each
 *                 approach to the remaining gap applied by the server (font-display: optional,
 *                 the stylesheet inlined, no web font, both), to choose one before building it.
 * SKIP_BUILD=1 reuses out/ (and .bench/first-paint-build); EXPORT_DIR=folder measures another export
 * (implies SKIP_BUILD, e.g. a copy of an earlier build); BARE_REBUILD=1 builds the bare page again.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { chromium } from "@playwright/test";
import { chromiumFlags, systemChromium } from "../lib/chromium";
import { articlePath, authorPath, paths, tagPath } from "../lib/routes";
import { startScriptsAfterPaint } from "../lib/scripts-after-paint";
import { buildBarePage } from "./lib/bare-page";
import { serveFolder, type Rewrite } from "./lib/export-server";
import { buildSite, cleanups, freePort, setDistDir, startServer } from "./lib/server";

const root = path.resolve(import.meta.dirname, "..");
const seedSlug = "werken-in-it-consultancy";
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const runsArg = args.indexOf("--runs");
const runs = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : process.env.RUNS) || 5);
const mode = flag("--ablate") ? "ablate" : flag("--next-start") ? "next-start" : flag("--approaches") ? "approaches" : "pages";
const skipBuild = process.env.SKIP_BUILD === "1" || Boolean(process.env.EXPORT_DIR);

const sitePages: [name: string, path: string][] = [
  ["home", paths.home],
  ["overview", paths.articles],
  ["seed article", articlePath(seedSlug)],
  ["tag page", tagPath("it")],
  ["author page", authorPath("jeroen-bakker")],
  ["search", paths.search],
];

// ---------------------------------------------------------------------------------------------
// Ablation: the seed article's export with one kind of resource taken away

const fontFaceWithUrl = /@font-face\s*{[^}]*url\([^}]*}/g;
const linkTag = (test: RegExp) => (html: string) => html.replace(/<link\b[^>]*>/g, (tag) => (test.test(tag) ? "" : tag));
const scriptTags = (keep: (tag: string) => boolean) => (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => (keep(tag) ? tag : ""));
const imageFile = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/** Each variant the ablation serves: what it takes away, as a rewrite of the served files. */
const ablations: Record<string, Rewrite> = {
  "as built": {},
  "no web fonts": { css: (css) => css.replace(fontFaceWithUrl, ""), html: linkTag(/as="font"/) },
  "no stylesheet": { html: (html) => linkTag(/rel="stylesheet"|as="style"/)(html).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "") },
  "no flight data": { html: scriptTags((tag) => !tag.includes("__next_f")) },
  "no images": { html: linkTag(/as="image"/), refuse: (p) => imageFile.test(p) && !p.endsWith("/icon.svg") },
  "no scripts": { html: (html) => linkTag(/as="script"|rel="modulepreload"/)(scriptTags((tag) => tag.includes("application/ld+json"))(html)) },
};

/** Replaces each stylesheet link with a <style> holding that file, as Next's `experimental.inlineCss` does. */
const inlineStylesheets = (folder: string) => (html: string) =>
  html
    .replace(/<link\b[^>]*rel="stylesheet"[^>]*>/g, (tag) => {
      const href = /href="([^"]+)"/.exec(tag)?.[1];
      if (!href) return tag;
      // The stylesheet's relative font URLs, made absolute for the page that now holds it.
      const css = fs.readFileSync(path.join(folder, href.split("?")[0]!), "utf8").replace(/url\(\.\.\/media\//g, "url(/_next/static/media/");
      return `<style>${css}</style>`;
    })
    .replace(/<link\b[^>]*as="style"[^>]*>/g, "");

/** The approaches to the gap that remains after the fonts change, as rewrites of the served export. */
const approaches = (folder: string): Record<string, Rewrite> => {
  const optional = (css: string) => css.replace(/font-display:\s*swap/g, "font-display:optional");
  const noFonts = ablations["no web fonts"]!;
  const all: Record<string, Rewrite> = {
    "as built": {},
    "font-display optional": { css: optional },
    "CSS inlined": { html: inlineStylesheets(folder) },
    "no web font": noFonts,
    "CSS inlined, no web font": { html: (html) => inlineStylesheets(folder)(noFonts.html!(html)).replace(fontFaceWithUrl, "") },
    "scripts after first paint": { html: startScriptsAfterPaint },
    "CSS inlined, scripts after first paint": { html: (html) => startScriptsAfterPaint(inlineStylesheets(folder)(html)) },
  };
  // APPROACHES="as built|CSS inlined" measures a subset.
  const only = process.env.APPROACHES?.split("|").map((a) => a.trim());
  return only ? Object.fromEntries(Object.entries(all).filter(([name]) => only.includes(name))) : all;
};
const approachPages = sitePages.filter(([name]) => ["home", "overview", "seed article", "author page"].includes(name));

// ---------------------------------------------------------------------------------------------
// Lighthouse

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];
const kinds = ["html", "css", "fonts", "js"] as const;
type Kind = (typeof kinds)[number];

interface RunFigures {
  scores: Record<Category, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Transfer bytes of the requests that started before the (observed, unthrottled) LCP, by kind. */
  bytesBeforeLcp: Record<Kind, number>;
  lcpElement?: string;
}

interface Target {
  name: string;
  url: string;
  bare?: boolean;
}

const retriedErrors = new Set(["NO_NAVSTART", "NO_FCP", "NO_LCP"]);

async function audit(url: string, port: number, attempt = 1): Promise<Result> {
  const flags: Flags = { port, output: "json", logLevel: "error", onlyCategories: [...categories] };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const error = result.lhr.runtimeError;
  if (error && retriedErrors.has(error.code) && attempt < 3) return audit(url, port, attempt + 1);
  if (error) throw new Error(`Lighthouse failed on ${url}: ${error.code} ${error.message}`);
  return result.lhr;
}

const kindOf = (resourceType: string | undefined): Kind | undefined =>
  ({ Document: "html", Stylesheet: "css", Font: "fonts", Script: "js" }) [resourceType ?? ""] as Kind | undefined;

/** A short description of an element from Lighthouse's node details. */
const describeNode = (node: { selector?: string; snippet?: string; nodeLabel?: string }) =>
  `${node.selector ?? node.snippet ?? "?"}${node.nodeLabel ? ` "${node.nodeLabel.slice(0, 40)}"` : ""}`;

function figures(lhr: Result): RunFigures {
  const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
  const observedLcp = metrics.observedLargestContentfulPaint ?? Infinity;
  const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number; networkRequestTime?: number }[] } | undefined)?.items ?? [];
  const bytesBeforeLcp = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>;
  for (const r of requests) {
    const kind = kindOf(r.resourceType);
    if (kind && (r.networkRequestTime ?? Infinity) < observedLcp) bytesBeforeLcp[kind] += r.transferSize ?? 0;
  }
  const lcpDetails = lhr.audits["largest-contentful-paint-element"]?.details as { items?: { items?: { node?: Parameters<typeof describeNode>[0] }[] }[] } | undefined;
  const node = lcpDetails?.items?.[0]?.items?.[0]?.node;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>,
    fcpMs: lhr.audits["first-contentful-paint"]?.numericValue ?? NaN,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    bytesBeforeLcp,
    lcpElement: node ? describeNode(node) : undefined,
  };
}

/**
 * The LCP element from a load of its own, for when Lighthouse's audit of it fails (it does on some
 * newer Chromium builds): a buffered PerformanceObserver on a phone-sized page.
 */
async function lcpElementByObserver(urls: string[]): Promise<Map<string, string>> {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  const found = new Map<string, string>();
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    for (const url of urls) {
      await page.goto(url, { waitUntil: "load" });
      const description = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null; url?: string }) | undefined;
              const el = last?.element;
              if (!el) return resolve(last?.url || "?");
              const cls = el.getAttribute("class")?.split(/\s+/).slice(0, 2).join(".");
              resolve(`${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""} "${(el.textContent ?? last?.url ?? "").trim().slice(0, 40)}"`);
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      found.set(url, `${description} (observer)`);
    }
  } finally {
    await browser.close();
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Report

const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mostCommon = (values: (string | undefined)[]) => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

interface TargetResult extends Target {
  runs: RunFigures[];
  median: RunFigures;
}

function summarise(target: Target, all: RunFigures[]): TargetResult {
  return {
    ...target,
    runs: all,
    median: {
      scores: Object.fromEntries(categories.map((c) => [c, median(all.map((f) => f.scores[c]))])) as Record<Category, number>,
      fcpMs: median(all.map((f) => f.fcpMs)),
      lcpMs: median(all.map((f) => f.lcpMs)),
      tbtMs: median(all.map((f) => f.tbtMs)),
      cls: median(all.map((f) => f.cls)),
      bytesBeforeLcp: Object.fromEntries(kinds.map((k) => [k, median(all.map((f) => f.bytesBeforeLcp[k]))])) as Record<Kind, number>,
      lcpElement: mostCommon(all.map((f) => f.lcpElement)),
    },
  };
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function printTable(results: TargetResult[]): void {
  console.log("\n| page | perf | a11y | BP | SEO | FCP s | LCP s | TBT ms | CLS | HTML KB | CSS KB | fonts KB | JS KB |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of results) {
    const m = r.median;
    const sc = (c: Category) => m.scores[c].toFixed(2);
    console.log(
      `| ${r.name} | ${sc("performance")} | ${sc("accessibility")} | ${sc("best-practices")} | ${sc("seo")} | ${s(m.fcpMs)} | ${s(m.lcpMs)} | ${Math.round(m.tbtMs)} | ${m.cls.toFixed(3)} | ${kinds.map((k) => kb(m.bytesBeforeLcp[k])).join(" | ")} |`,
    );
  }
  console.log("\nLCP element (most common over the runs):");
  for (const r of results) console.log(`  ${r.name}: ${r.median.lcpElement ?? "?"}`);
}

/** The done-when figures of issue #24 against the bare page; false if one is missed. */
function checkDoneWhen(results: TargetResult[]): boolean {
  const bare = results.find((r) => r.bare)!.median;
  const pages = results.filter((r) => !r.bare);
  const lcpLimit = bare.lcpMs > 1200 ? bare.lcpMs + 300 : 1500;
  const rules: [string, (m: RunFigures) => boolean, (m: RunFigures) => string][] = [
    [`FCP ≤ bare + 0.3 s (${s(bare.fcpMs + 300)} s)`, (m) => m.fcpMs <= bare.fcpMs + 300, (m) => `${s(m.fcpMs)} s`],
    [`LCP ≤ ${s(lcpLimit)} s`, (m) => m.lcpMs <= lcpLimit, (m) => `${s(m.lcpMs)} s`],
    ["CLS ≤ 0.01", (m) => m.cls <= 0.01, (m) => m.cls.toFixed(3)],
    [`performance ≥ bare − 0.01 (${(bare.scores.performance - 0.01).toFixed(2)})`, (m) => m.scores.performance >= bare.scores.performance - 0.01 - 1e-9, (m) => m.scores.performance.toFixed(2)],
    ["accessibility, best practices, SEO = 1.00", (m) => m.scores.accessibility === 1 && m.scores["best-practices"] === 1 && m.scores.seo === 1, (m) => `${m.scores.accessibility}/${m.scores["best-practices"]}/${m.scores.seo}`],
  ];
  let pass = true;
  console.log("");
  for (const [label, ok, show] of rules) {
    const failing = pages.filter((r) => !ok(r.median));
    pass &&= failing.length === 0;
    console.log(`${failing.length ? "MISS" : "MET "}  ${label}${failing.length ? `: ${failing.map((r) => `${r.name} ${show(r.median)}`).join(", ")}` : " on every page"}`);
  }
  return pass;
}

/** --next-start: each page's next start figures within 0.2 s of its export figures. */
function checkNextStart(results: TargetResult[]): void {
  console.log("");
  for (const [name] of sitePages) {
    const exp = results.find((r) => r.name === `${name} (export)`)?.median;
    const srv = results.find((r) => r.name === `${name} (next start)`)?.median;
    if (!exp || !srv) continue;
    const dFcp = srv.fcpMs - exp.fcpMs;
    const dLcp = srv.lcpMs - exp.lcpMs;
    const ok = Math.abs(dFcp) <= 200 && Math.abs(dLcp) <= 200;
    console.log(`${ok ? "MET " : "MISS"}  ${name}: next start − export: FCP ${dFcp >= 0 ? "+" : ""}${s(dFcp)} s, LCP ${dLcp >= 0 ? "+" : ""}${s(dLcp)} s`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

function runQuiet(cmd: string, cmdArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    child.stderr.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${cmdArgs.join(" ")} failed (exit ${code}):\n${output}`))));
  });
}

async function main(): Promise<void> {
  const outDir = path.resolve(root, process.env.EXPORT_DIR ?? "out");
  if (!skipBuild) {
    console.log("Building the static export (npm run build:static; SKIP_BUILD=1 reuses out/)…");
    await runQuiet("npm", ["run", "build:static"]);
  } else if (!fs.existsSync(path.join(outDir, "index.html"))) throw new Error(`${path.relative(root, outDir)}/ holds no export: run npm run build:static`);
  console.log("Building the bare page (once; BARE_REBUILD=1 builds it again)…");
  const bareOut = buildBarePage(root, path.join(root, "content/articles", `${seedSlug}.mdx`), process.env.BARE_REBUILD === "1");

  const servers: { stop: () => Promise<void> }[] = [];
  let port = await freePort(Number(process.env.PORT) || 3610);
  const serve = async (folder: string, rewrite?: Rewrite) => {
    const server = await serveFolder(folder, port, rewrite);
    port = await freePort(port + 1);
    servers.push(server);
    return server.origin;
  };

  const targets: Target[] = [{ name: "bare page", url: `${await serve(bareOut)}/`, bare: true }];
  if (mode === "approaches") {
    for (const [name, rewrite] of Object.entries(approaches(outDir))) {
      const origin = await serve(outDir, rewrite);
      for (const [page, p] of approachPages) targets.push({ name: `${page}, ${name}`, url: origin + p });
    }
  } else if (mode === "ablate") {
    for (const [name, rewrite] of Object.entries(ablations)) targets.push({ name: `seed article, ${name}`, url: (await serve(outDir, rewrite)) + articlePath(seedSlug) });
  } else {
    const exportOrigin = await serve(outDir);
    if (mode === "pages") for (const [name, p] of sitePages) targets.push({ name, url: exportOrigin + p });
    else {
      setDistDir(".bench/first-paint-build");
      if (!skipBuild) await buildSite();
      const server = await startServer(await freePort(port + 1));
      servers.push(server);
      for (const [name, p] of sitePages) {
        targets.push({ name: `${name} (export)`, url: exportOrigin + p });
        targets.push({ name: `${name} (next start)`, url: server.origin + p });
      }
    }
  }
  for (const t of targets) await fetch(t.url).then((r) => r.arrayBuffer());

  const chrome = await chromeLauncher.launch({ chromePath: systemChromium(), chromeFlags: ["--headless=new", ...chromiumFlags], handleSIGINT: false, logLevel: "error" });
  cleanups.add(chrome.kill);
  const load = os.loadavg()[0] ?? 0;
  console.log(`Lighthouse 12, mobile preset, ${runs} interleaved round(s) of ${targets.length} pages (${mode}); load average ${load.toFixed(2)} on ${os.cpus().length} cores.`);
  const byTarget = new Map<Target, RunFigures[]>(targets.map((t) => [t, []]));
  try {
    for (let round = 1; round <= runs; round++) {
      for (const t of targets) byTarget.get(t)!.push(figures(await audit(t.url, chrome.port)));
      console.log(`  round ${round}/${runs}: ${targets.map((t) => `${t.name} ${s(byTarget.get(t)!.at(-1)!.lcpMs)}`).join(", ")}`);
    }
  } finally {
    chrome.kill();
    cleanups.delete(chrome.kill);
  }
  const results = targets.map((t) => summarise(t, byTarget.get(t)!));
  const missing = results.filter((r) => !r.median.lcpElement).map((r) => r.url);
  if (missing.length) {
    const observed = await lcpElementByObserver(missing);
    for (const r of results) r.median.lcpElement ??= observed.get(r.url);
  }
  await Promise.all(servers.map((server) => server.stop()));

  printTable(results);
  if (mode === "pages") {
    if (!checkDoneWhen(results)) process.exitCode = 1;
  } else if (mode === "next-start") checkNextStart(results);
  const reportFile = path.join(root, `.bench/first-paint${mode === "pages" ? "" : `-${mode}`}.json`);
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, JSON.stringify({ date: new Date().toISOString(), mode, runs, loadAverage: os.loadavg(), results }, null, 2) + "\n");
  console.log(`\nMedians and every run written to ${path.relative(root, reportFile)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
