/**
 * `npm run bench:og`: the CPU one social image costs (issue #25: ≤ 25 ms), in one warm process as
 * each worker of the content step renders them. Draws the cards of the synthetic archive (the real
 * articles' vocabulary, 30 tags, 10 authors) plus cards with what editors type (Ayşe Yılmaz, Łukasz
 * Wróbel, emoji, a 46-letter compound), ROUNDS times over (default 3), and prints the median and p90
 * CPU per image, the PNG size, and the load average: on a shared machine CPU time says more than
 * the wall clock, and a busy machine inflates both.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readContent } from "../lib/content/read";
import { articleCard } from "../lib/seo/og-cards";
import { renderOgImage, type OgCard } from "../lib/seo/og-image";
import { writeSyntheticContent } from "./lib/synthetic-content";

const rounds = Number(process.env.ROUNDS) || 3;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-og-"));
writeSyntheticContent(dir, 60);
const cards: OgCard[] = readContent(dir).articles.map(articleCard);
cards.push(
  { kicker: "Artikel", title: "Werken als consultant: 🚀 van traineeship naar teamlead", tags: ["Łódź", "IT", "Consultancy"], footer: "Ayşe Yılmaz en Łukasz Wróbel", footerDetail: "10 februari 2025 · 6 min lezen" },
  { kicker: "Artikel", title: "Arbeidsongeschiktheidsverzekeringsmaatschappijen en wat ze van IT vragen", tags: ["Verzekeringen"], footer: "Łukasz Wróbel", footerDetail: "3 maart 2025 · 4 min lezen" },
);
fs.rmSync(dir, { recursive: true, force: true });

await renderOgImage(cards[0]!); // the shared layer and fonts, once per process as in a worker
const times: number[] = [];
let bytes = 0;
for (let round = 0; round < rounds; round++) {
  for (const card of cards) {
    const before = process.cpuUsage();
    const png = await renderOgImage(card);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
    bytes += png.length;
  }
}
const sorted = [...times].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(
  `Social images: ${times.length} (${cards.length} cards × ${rounds}), CPU per image median ${at(0.5).toFixed(1)} ms, ` +
    `p90 ${at(0.9).toFixed(1)} ms; ${(bytes / times.length / 1024).toFixed(1)} KB each; load ${os.loadavg()[0]!.toFixed(1)}. Budget ≤ 25 ms: ${at(0.5) <= 25 ? "met" : "MISSED"}.`,
);
