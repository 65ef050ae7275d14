import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { OgEntry } from "./og-cards";
import { ogCacheFile, ogCacheKey, ogRendererDigest, publishOgImages, pruneOgCache } from "./og-cache";
import type { OgJob } from "./og-worker";

/** What one run of the social-image build did. */
export interface OgBuildReport {
  images: number;
  rendered: number;
  pruned: number;
}

/** Renders `jobs` on `workers` child processes, each kept busy with two cards at a time. */
async function renderAll(jobs: OgJob[], workers: number): Promise<void> {
  if (jobs.length === 0) return;
  const queue = [...jobs];
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(path.join(import.meta.dirname, "og-worker.ts"), { execArgv: ["--import", "tsx"], stdio: "inherit" });
      let busy = 0;
      const next = () => {
        const job = queue.shift();
        if (job) {
          busy++;
          child.send(job);
        } else if (busy === 0 && child.connected) child.disconnect();
      };
      child.on("message", (done: { file: string; error?: string }) => {
        busy--;
        if (done.error) return (child.kill(), reject(new Error(`social image ${done.file}: ${done.error}`)));
        next();
      });
      // A worker ends with 0 once disconnected; anything else (a crash, a kill) fails the build.
      child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`social-image worker stopped (${signal ?? `exit ${code}`})`))));
      next();
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, Math.ceil(jobs.length / 4))) }, worker));
}

/**
 * Makes every social image available under public/og: each from the cache when an image of exactly
 * these inputs was rendered before, otherwise rendered now on every core. With `prune`, cache files
 * no image uses any more are removed.
 */
export async function buildOgImages(entries: readonly OgEntry[], { cacheDir, publicDir, prune, workers = os.availableParallelism() }: { cacheDir: string; publicDir: string; prune: boolean; workers?: number }): Promise<OgBuildReport> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const digest = ogRendererDigest();
  const files = new Map(entries.map(({ path: imagePath, card }) => [imagePath, ogCacheFile(cacheDir, ogCacheKey(card, digest))]));
  const jobs = new Map<string, OgJob>();
  for (const { path: imagePath, card } of entries) {
    const file = files.get(imagePath)!;
    if (!jobs.has(file) && !fs.existsSync(file)) jobs.set(file, { file, card });
  }
  await renderAll([...jobs.values()], workers);
  publishOgImages(publicDir, files);
  const pruned = prune ? pruneOgCache(cacheDir, new Set(files.values())) : 0;
  return { images: files.size, rendered: jobs.size, pruned };
}
