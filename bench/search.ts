/**
 * `npm run bench:search -- 1000 5000`: builds the search index for that many synthetic articles and
 * measures, in this machine's Chromium, the gzip bytes transferred before the first result, the time
 * from the first keystroke to the first result (cold: nothing loaded yet), and the median time per
 * query after that. Budget at 5,000: first result ≤ 300 ms, later queries < 20 ms.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { build } from "esbuild";
import { chromium } from "@playwright/test";
import { chromiumFlags, systemChromium } from "../lib/chromium";
import { readContent } from "../lib/content/read";
import { buildSearchData } from "../lib/search/build";
import { shardOf } from "../lib/search/text";
import { queryTerms } from "../lib/search/highlight";
import { writeSyntheticContent } from "./lib/synthetic-content";
import { searchFilePath } from "../lib/routes";

const root = path.resolve(import.meta.dirname, "..");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1000, 5000);
const FIRST = "klant";
const QUERIES = ["data", "cloud advies", "architectuur", "projec", "pipeline team", "loopbaan", "feedbak", "organisatie proces", "sprint", "kennis groei", "systeem", "rapport"];

const gzip = (s: string) => zlib.gzipSync(s, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bundle = (await build({ entryPoints: [path.join(root, "bench/lib/search-page.ts")], bundle: true, format: "iife", write: false, minify: true, platform: "browser" })).outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });

const rows = [];
for (const size of sizes) {
  const dir = path.join(root, ".bench", `search-content-${size}`);
  writeSyntheticContent(dir, size);
  const started = performance.now();
  const { articles, problems } = readContent(dir);
  if (problems.length) throw new Error(`synthetic content has problems: ${problems[0]!.message}`);
  const data = buildSearchData(articles);
  const buildSeconds = (performance.now() - started) / 1000;
  const files = new Map<string, string>([[searchFilePath("index", "meta.json"), JSON.stringify(data.meta)]]);
  for (const [letter, json] of data.shards) files.set(searchFilePath("index", `${letter}.json`), json);

  const page = await browser.newPage();
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const body = url.pathname === "/" ? `<!doctype html><meta charset="utf-8"><script>${bundle}</script>` : files.get(url.pathname);
    return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ body, contentType: url.pathname === "/" ? "text/html" : "application/json" });
  });
  await page.goto("http://bench.localhost/");
  const first = await page.evaluate((q) => window.bench.run(q), FIRST);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of QUERIES) times.push((await page.evaluate((query) => window.bench.run(query), q)).ms);
  const warm: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of QUERIES) warm.push((await page.evaluate((query) => window.bench.run(query), q)).ms);
  await page.close();

  const firstShards = new Set(queryTerms(FIRST).map(shardOf));
  const firstBytes = gzip(files.get(searchFilePath("index", "meta.json"))!) + [...firstShards].reduce((n, s) => n + gzip(data.shards.get(s)!), 0);
  const allBytes = [...files.values()].reduce((n, s) => n + gzip(s), 0);
  rows.push({
    articles: size,
    "index build (s)": buildSeconds.toFixed(1),
    "gzip before first result": `${(firstBytes / 1024).toFixed(0)} KB`,
    "whole index gzip": `${(allBytes / 1024).toFixed(0)} KB`,
    "search code gzip": `${(gzip(bundle) / 1024).toFixed(1)} KB`,
    "first result (ms)": first.ms.toFixed(0),
    "first hits": first.hits,
    "median query, some shards cold (ms)": median(times).toFixed(1),
    "median query, warm (ms)": median(warm).toFixed(2),
  });
  fs.rmSync(dir, { recursive: true, force: true });
}
await browser.close();
console.table(rows);
const at5000 = rows.find((r) => r.articles === 5000);
if (at5000) {
  const ok = Number(at5000["first result (ms)"]) <= 300 && Number(at5000["median query, warm (ms)"]) < 20;
  console.log(`Budget at 5,000 articles (first result ≤ 300 ms, later queries < 20 ms): ${ok ? "met" : "NOT met"}`);
  if (!ok) process.exitCode = 1;
}
