/**
 * `npm run bench:images`: the image budgets of issue #18.
 * 1. Build cost: a new 4000 × 3000 phone photo (and a noisier one) through the pipeline with an
 *    empty cache, then again with the cache filled. Budget: ≤ 1 s per new photo, nothing for a cached one.
 * 2. The reader's side: Lighthouse (mobile, emulated 375 px phone at DPR 2, simulated slow 4G) on
 *    the image fixture article (npm run build:fixture first), RUNS times (default 3), medians.
 *    Budget: performance ≥ 0.95, LCP ≤ 2.5 s, CLS 0, the lead photo ≤ 200 KB.
 * Exits 1 if a budget is missed. Timings depend on the machine; run it on a quiet one.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags } from "lighthouse";
import { chromiumFlags, systemChromium } from "../lib/chromium";
import { cleanups, freePort, setDistDir, startServer } from "./lib/server";
import { phonePhoto } from "../lib/images/fixture/photo";
import { fixtureSlug } from "../lib/images/fixture/content";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.RUNS) || 3;
let pass = true;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function buildCost(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-images-"));
  process.env.PUBLIC_DIR = path.join(dir, "public");
  process.env.IMAGE_CACHE_DIR = path.join(dir, "cache");
  fs.mkdirSync(path.join(dir, "public/images"), { recursive: true });
  // Imported after the environment is set: the pipeline reads it when called.
  const { ensureVariants } = await import("../lib/images/process");
  const { columnWidths, variantsOf } = await import("../lib/images/variants");
  const { cacheFile } = await import("../lib/images/process");
  const { readImageInfo } = await import("../lib/images/info");
  console.log("Build cost per photo (column widths 400/700/1000/1400, WebP + JPEG):");
  for (const [name, seed, noise] of [["phone photo", 1, 1], ["noisy phone photo", 7, 3]] as const) {
    const file = `/images/${seed}.jpg`;
    fs.writeFileSync(path.join(dir, "public", file), await phonePhoto(4000, 3000, seed, noise));
    const info = readImageInfo(file)!;
    const variants = variantsOf(file, columnWidths(info.width));
    let started = performance.now();
    const cold = await ensureVariants(file, variants);
    const coldMs = performance.now() - started;
    started = performance.now();
    const warm = await ensureVariants(file, variants);
    const warmMs = performance.now() - started;
    const sizes = variants.map((v) => `${v.width}.${v.format} ${(fs.statSync(cacheFile(info.hash, v.width, v.format)).size / 1024).toFixed(0)} KB`);
    console.log(`  ${name}: ${(info.bytes / 1024 / 1024).toFixed(1)} MB original; new ${coldMs.toFixed(0)} ms (${cold.processed} versions), cached ${warmMs.toFixed(1)} ms (${warm.processed} processed)`);
    console.log(`    ${sizes.join(", ")}`);
    if (coldMs > 1000 || warm.processed !== 0) pass = false;
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function readerSide(): Promise<void> {
  const distDir = ".e2e/images/next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.log("No image fixture build: run `npm run build:fixture` first for the Lighthouse part.");
    pass = false;
    return;
  }
  setDistDir(distDir);
  process.env.CONTENT_DIR = path.join(root, ".e2e/images/content");
  process.env.PUBLIC_DIR = path.join(root, ".e2e/images/public");
  const server = await startServer(await freePort(Number(process.env.PORT) || 3530));
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ["--headless=new", ...chromiumFlags],
    logLevel: "error",
  });
  cleanups.add(chrome.kill);
  try {
    const url = `${server.origin}/artikelen/${fixtureSlug}`;
    await fetch(url).then((r) => r.arrayBuffer());
    const flags: Flags = {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"],
      screenEmulation: { mobile: true, width: 375, height: 667, deviceScaleFactor: 2, disabled: false },
    };
    const rows: { score: number; lcp: number; cls: number; tbt: number; photo: number; photoUrl: string }[] = [];
    for (let run = 0; run < runs; run++) {
      const lhr = (await lighthouse(url, flags))!.lhr;
      const requests = (lhr.audits["network-requests"]?.details as unknown as { items: { url: string; transferSize: number }[] }).items;
      const photo = requests.find((r) => r.url.includes("/img/images/teamfoto.jpg/"));
      rows.push({
        score: lhr.categories.performance!.score ?? 0,
        lcp: lhr.audits["largest-contentful-paint"]!.numericValue ?? Infinity,
        cls: lhr.audits["cumulative-layout-shift"]!.numericValue ?? Infinity,
        tbt: lhr.audits["total-blocking-time"]!.numericValue ?? Infinity,
        photo: photo?.transferSize ?? Infinity,
        photoUrl: photo ? new URL(photo.url).pathname : "none",
      });
      const r = rows.at(-1)!;
      console.log(`  run ${run + 1}: performance ${r.score.toFixed(2)}, LCP ${(r.lcp / 1000).toFixed(2)} s, CLS ${r.cls.toFixed(3)}, TBT ${r.tbt.toFixed(0)} ms, photo ${r.photoUrl} ${(r.photo / 1024).toFixed(0)} KB`);
    }
    const m = { score: median(rows.map((r) => r.score)), lcp: median(rows.map((r) => r.lcp)), cls: median(rows.map((r) => r.cls)), photo: median(rows.map((r) => r.photo)) };
    console.log(`Lighthouse medians (${runs} runs, 375 px at 2×, load average ${os.loadavg()[0]!.toFixed(1)}): performance ${m.score.toFixed(2)}, LCP ${(m.lcp / 1000).toFixed(2)} s, CLS ${m.cls.toFixed(3)}, photo ${(m.photo / 1024).toFixed(0)} KB`);
    if (m.score < 0.95 || m.lcp > 2500 || m.cls > 0 || m.photo > 200 * 1024) pass = false;
  } finally {
    chrome.kill();
    await server.stop();
  }
}

await buildCost();
await readerSide();
console.log(pass ? "✓ within budget" : "✗ a budget was missed");
if (!pass) process.exitCode = 1;
