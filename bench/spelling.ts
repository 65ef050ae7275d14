/**
 * `npm run bench:spelling -- 1000 [--runs 5]`: what spelling and readability add to `npm run check:content`.
 * Writes that many articles like the seed article (its text, a code block full of identifiers the
 * dictionary does not know, and a typo in one article of every hundred, ten different ones) into a
 * temporary content folder, then times the whole check:content process with the text check and
 * without it (CONTENT_TEXT_CHECK=off), alternating, and reports the median of each and the difference.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(import.meta.dirname, "..");
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "5" } } });
const count = Number(positionals[0] ?? 1000);
const runs = Number(values.runs);

const seed = fs.readFileSync(path.join(root, "content/articles/werken-in-it-consultancy.mdx"), "utf8");
const seedBody = seed.split("\n---\n").slice(1).join("\n---\n");
const typos: [string, string][] = [
  ["belangrijk", "belangrjik"], ["essentieel", "essentiel"], ["vertalen", "vertallen"], ["analyseert", "analyseet"], ["organisaties", "organisatis"],
  ["ervaring", "erfaring"], ["leerzaam", "leerzam"], ["gebruikers", "gebruikres"], ["luisteren", "luisteern"], ["strategie", "stratgie"],
];
const code = "\n```python\ndef laad_klantdata(pad: str) -> pd.DataFrame:\n    df = pd.read_csv(pad, sep=';', dtype={'kvk_nr': str})\n    return df.dropna(subset=['klant_id']).drop_duplicates()\n```\n";

function writeContent(dir: string): void {
  fs.mkdirSync(path.join(dir, "articles"), { recursive: true });
  fs.cpSync(path.join(root, "content/authors"), path.join(dir, "authors"), { recursive: true });
  fs.copyFileSync(path.join(root, "content/woordenlijst.txt"), path.join(dir, "woordenlijst.txt"));
  for (let i = 1; i <= count; i++) {
    const id = String(i).padStart(5, "0");
    let body = `${seedBody}${code}`;
    if (i % 100 === 0) {
      const [word, typo] = typos[(i / 100) % typos.length]!;
      body = body.replace(word, typo);
    }
    const frontmatter = `---\ntitle: "Werken in IT-consultancy, deel ${id}"\ndate: 2025-02-10\nauthor: "Jeroen Bakker"\nexcerpt: "Over mensen, processen en vertrouwen in deel ${id}."\ntags: [IT, Consultancy]\n---\n`;
    fs.writeFileSync(path.join(dir, "articles", `artikel-${id}.mdx`), frontmatter + body);
  }
}

function timeCheck(dir: string, textCheck: boolean): { seconds: number; warnings: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/check-content.ts"], {
    cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CONTENT_DIR: dir, GITHUB_ACTIONS: "", ...(textCheck ? {} : { CONTENT_TEXT_CHECK: "off" }) },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`check:content failed:\n${result.stdout.slice(-2000)}${result.stderr}`);
  return { seconds, warnings: /! (\d+) waarschuwing/.exec(result.stdout)?.[1] ?? "0" };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-spelling-"));
try {
  writeContent(dir);
  console.log(`${count} artikelen als het seed-artikel in ${dir}; ${runs} runs per variant, afwisselend (load ${os.loadavg()[0]!.toFixed(2)}).`);
  const without: number[] = [];
  const withText: number[] = [];
  let warnings = "0";
  for (let run = 0; run < runs; run++) {
    without.push(timeCheck(dir, false).seconds);
    const timed = timeCheck(dir, true);
    withText.push(timed.seconds);
    warnings = timed.warnings;
    console.log(`  run ${run + 1}: zonder ${without.at(-1)!.toFixed(2)} s, met spelling ${withText.at(-1)!.toFixed(2)} s`);
  }
  const a = median(without);
  const b = median(withText);
  console.log(`\ncheck:content, mediaan van ${runs}: zonder spelling ${a.toFixed(2)} s, met spelling ${b.toFixed(2)} s, verschil +${(b - a).toFixed(2)} s (${warnings} waarschuwingen).`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
