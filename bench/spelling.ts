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

/** GNU time, where there is one, gives the CPU time too: steadier than wall time on a shared machine. */
const gnuTime = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function timeCheck(dir: string, textCheck: boolean): { seconds: number; cpu?: number; warnings: string } {
  const started = process.hrtime.bigint();
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const [command, args] = gnuTime ? [gnuTime, ["-f", "BENCH_CPU %U %S", tsx, "scripts/check-content.ts"]] : [tsx, ["scripts/check-content.ts"]];
  const result = spawnSync(command, args, {
    cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CONTENT_DIR: dir, GITHUB_ACTIONS: "", ...(textCheck ? {} : { CONTENT_TEXT_CHECK: "off" }) },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`check:content failed:\n${result.stdout.slice(-2000)}${result.stderr}`);
  const cpu = /BENCH_CPU ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { seconds, ...(cpu ? { cpu: Number(cpu[1]) + Number(cpu[2]) } : {}), warnings: /! (\d+) waarschuwing/.exec(result.stdout)?.[1] ?? "0" };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-spelling-"));
try {
  writeContent(dir);
  console.log(`${count} artikelen als het seed-artikel in ${dir}; ${runs} runs per variant, afwisselend (load ${os.loadavg()[0]!.toFixed(2)}).`);
  const without: ReturnType<typeof timeCheck>[] = [];
  const withText: ReturnType<typeof timeCheck>[] = [];
  const show = (t: ReturnType<typeof timeCheck>) => `${t.seconds.toFixed(2)} s${t.cpu === undefined ? "" : ` (cpu ${t.cpu.toFixed(2)} s)`}`;
  for (let run = 0; run < runs; run++) {
    without.push(timeCheck(dir, false));
    withText.push(timeCheck(dir, true));
    console.log(`  run ${run + 1}: zonder ${show(without.at(-1)!)}, met spelling ${show(withText.at(-1)!)}`);
  }
  const report = (label: string, pick: (t: ReturnType<typeof timeCheck>) => number) => {
    const a = median(without.map(pick));
    const b = median(withText.map(pick));
    console.log(`${label}, mediaan van ${runs}: zonder spelling ${a.toFixed(2)} s, met spelling ${b.toFixed(2)} s, verschil ${b - a >= 0 ? "+" : ""}${(b - a).toFixed(2)} s`);
  };
  console.log(`\ncheck:content op ${count} artikelen (${withText.at(-1)!.warnings} waarschuwingen met spelling):`);
  report("  kloktijd", (t) => t.seconds);
  if (withText.every((t) => t.cpu !== undefined)) report("  cpu-tijd", (t) => t.cpu!);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
