/*
 * A child process of the social-image build (lib/seo/og-build.ts): renders the cards it is sent
 * and writes each into the cache under a temporary name first, so a crash never leaves half a PNG.
 */
import fs from "node:fs";
import { renderOgImage, type OgCard } from "./og-image";

export interface OgJob {
  file: string;
  card: OgCard;
}

process.on("message", async (job: OgJob) => {
  try {
    const png = await renderOgImage(job.card);
    const partial = `${job.file}.${process.pid}.part`;
    fs.writeFileSync(partial, png);
    fs.renameSync(partial, job.file);
    process.send!({ file: job.file });
  } catch (error) {
    process.send!({ file: job.file, error: String((error as Error).stack ?? error) });
  }
});
