/**
 * `npm run preview:pr -- --base <git ref> [--out preview]`: a preview of what a pull request changes
 * in content/. Compares the content folder with the base (git, with renames), builds the site once
 * as a static export with drafts, and writes to the out folder:
 *   samenvatting.md   the Dutch summary (lib/preview: one section per changed article or author)
 *   schermafdrukken/  full-page screenshots of each added or changed article at 375 and 1440 px
 *   site/             the static export, with LEESMIJ.txt on how to open it
 * CONTENT_DIR picks another content folder (in its own git repository); BASE_PATH builds the site
 * for a sub-folder. Exit 1 when the content check fails or the build does.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { freePort, withTypeRefsUndone } from "../bench/lib/server";
import { contentDir } from "../lib/content/files";
import { readContent } from "../lib/content/read";
import { formatProblem } from "../lib/content/problems";
import { todayInAmsterdam } from "../lib/dates";
import { parseNameStatus } from "../lib/preview/changes";
import { planPreview, type PreviewPlan } from "../lib/preview/plan";
import { renderNoChanges, renderSummary } from "../lib/preview/render";
import { siteTextCheck } from "../lib/spelling/site";
import { articlePath, basePath } from "../lib/routes";
import { chromiumFlags, systemChromium } from "../lib/chromium";
import { serveExport } from "./serve-export";

const root = path.resolve(import.meta.dirname, "..");
/** Where next build writes the export before it moves into the preview; relative, as Next wants distDir. */
const BUILD_DIR = ".preview-build";
const WIDTHS = [375, 1440] as const;

const started = Date.now();
const { values } = parseArgs({ options: { base: { type: "string" }, out: { type: "string", default: "preview" } } });
if (!values.base) {
  console.error("Gebruik: npm run preview:pr -- --base <git-ref>   (bijvoorbeeld --base origin/main)");
  process.exit(2);
}
const out = path.resolve(values.out ?? "preview");

const git = (args: string[], cwd: string) => execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Empties the out folder, refusing one that holds anything but an earlier preview. */
function freshOutFolder(): void {
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, "samenvatting.md"))) {
    throw new Error(`${out} bestaat al en is geen eerder voorbeeld; kies een andere map met --out`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
}

function writeSummary(text: string): void {
  fs.writeFileSync(path.join(out, "samenvatting.md"), text);
  console.log(`Samenvatting: ${path.relative(process.cwd(), path.join(out, "samenvatting.md"))}`);
}

/** The content as it was at `ref`, unpacked from git into a temporary folder. */
function contentAt(repo: string, ref: string, folder: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-base-"));
  const archive = path.join(dir, "base.tar");
  git(["archive", "--format=tar", "-o", archive, ref, "--", folder], repo);
  execFileSync("tar", ["-xf", archive, "-C", dir]);
  try {
    return readContent(path.join(dir, folder));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one command with the build's environment, its output streamed; resolves with its exit code. */
function runStep(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/**
 * Builds the static export with drafts as `npm run build:static` does: the social images (drafts
 * included, from the cache where their inputs are known), `next build`, then the payloads no reader
 * fetches left out. Resolves with the first non-zero exit code, or 0.
 */
async function buildSite(content: string): Promise<number> {
  const env = { ...process.env, STATIC_EXPORT: "1", PREVIEW_DRAFTS: "1", NEXT_DIST_DIR: BUILD_DIR, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" };
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const og = await runStep(tsx, ["scripts/prebuild.ts", "--preview"], env);
  if (og !== 0) return og;
  const next = await withTypeRefsUndone(BUILD_DIR, () => runStep(path.join(root, "node_modules/.bin/next"), ["build"], env));
  if (next !== 0) return next;
  return runStep(tsx, ["scripts/prune-export.ts", BUILD_DIR], env);
}

/** Full-page screenshots of each added or changed article, from the export served under its base path. */
async function screenshots(site: string, plan: PreviewPlan): Promise<Record<string, string[]>> {
  const slugs = plan.sections.filter((s) => s.screenshot).map((s) => s.slug);
  const taken: Record<string, string[]> = {};
  if (slugs.length === 0) return taken;
  const port = await freePort(4100 + Math.floor(Math.random() * 800));
  const server = await serveExport(site, basePath, port);
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  try {
    fs.mkdirSync(path.join(out, "schermafdrukken"), { recursive: true });
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const slug of slugs) {
        const response = await page.goto(`http://127.0.0.1:${port}${articlePath(slug)}`, { waitUntil: "networkidle" });
        if (response?.status() !== 200) throw new Error(`${articlePath(slug)} antwoordt ${response?.status()} in de gebouwde site`);
        await page.evaluate(() => document.fonts.ready);
        const file = `schermafdrukken/${slug}-${width}.png`;
        await page.screenshot({ path: path.join(out, file), fullPage: true });
        (taken[slug] ??= []).push(file);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return taken;
}

const readme = (base: string) => `Voorbeeld van de site uit deze pull request (met concepten, gemarkeerd als "Concept").

Openen: pak het artefact uit, ga in een terminal naar deze map (site) en start
  npx serve .
Open dan het adres dat serve noemt (meestal http://localhost:3000)${base ? `${base}/.
Deze site is gebouwd voor de submap ${base}: zet de bestanden op een host onder dat pad,
of bouw opnieuw zonder BASE_PATH om haar vanaf de hoofdmap te openen` : ""}.
Een bestand direct in de browser openen (file://) werkt niet: de zoekfunctie en het filter hebben een server nodig.
`;

async function main(): Promise<number> {
  const content = contentDir();
  const repo = git(["rev-parse", "--show-toplevel"], content).trim();
  const folder = path.relative(repo, content).split(path.sep).join("/") || ".";
  let mergeBase: string;
  try {
    mergeBase = git(["merge-base", values.base!, "HEAD"], repo).trim();
  } catch {
    throw new Error(`Geen gemeenschappelijke basis met ${values.base} gevonden; haal de hele geschiedenis op (git fetch --unshallow) of kies een andere --base.`);
  }
  const diff = git(["diff", "--name-status", "-z", "-M", mergeBase, "--", folder], repo);
  const untracked = git(["ls-files", "--others", "--exclude-standard", "-z", "--", folder], repo).split("\0").filter(Boolean);
  const changes = parseNameStatus(diff, folder, untracked);
  freshOutFolder();
  if (changes.length === 0) {
    console.log("Geen artikelen of auteurs veranderd: er is niets om te bekijken.");
    writeSummary(renderNoChanges());
    return 0;
  }

  // Spelling and readability warnings go into the summary under each article; they never stop the build.
  const after = readContent(content, { checkText: siteTextCheck(content) });
  const plan = planPreview(changes, contentAt(repo, mergeBase, folder), after, todayInAmsterdam());
  console.log(`${changes.length} artikel(en) of auteur(s) veranderd ten opzichte van ${values.base}.`);
  if (plan.problemCount > 0) {
    for (const problem of after.problems) console.log(formatProblem(problem));
    writeSummary(renderSummary(plan, undefined));
    return 1;
  }

  console.log("De site wordt gebouwd (statische export, met concepten)…");
  fs.rmSync(path.join(root, BUILD_DIR), { recursive: true, force: true });
  if ((await buildSite(content)) !== 0) {
    writeSummary(renderSummary(plan, { screenshots: {}, failed: true }));
    return 1;
  }
  const site = path.join(out, "site");
  fs.cpSync(path.join(root, BUILD_DIR), site, { recursive: true });
  fs.rmSync(path.join(root, BUILD_DIR), { recursive: true, force: true });
  fs.writeFileSync(path.join(site, "LEESMIJ.txt"), readme(basePath));

  console.log("Schermafdrukken maken…");
  try {
    writeSummary(renderSummary(plan, { screenshots: await screenshots(site, plan), site: "site" }));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    writeSummary(renderSummary(plan, { screenshots: {}, site: "site", failed: true }));
    return 1;
  }
}

try {
  const code = await main();
  console.log(`Klaar in ${Math.round((Date.now() - started) / 1000)} s.`);
  process.exit(code);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
