import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, contentFolder } from "../tests/support/content-fixture";

const root = path.resolve(import.meta.dirname, "..");

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", timeout: 600_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Each test starts a process of its own, which takes seconds on a busy machine.
describe("npm run check:content", () => {
  it("passes on the site's own content", () => {
    const { status, output } = run("node_modules/.bin/tsx", ["scripts/check-content.ts"], { GITHUB_ACTIONS: "" });
    expect(output).toMatch(/✓ De inhoud klopt: \d+ artikelen en \d+ auteurs gecontroleerd\./);
    expect(status).toBe(0);
  }, 60_000);

  it("lists every problem, then a summary, and exits 1; in GitHub Actions also as annotations", () => {
    const folder = path.join(root, "lib/fixtures/broken");
    const { status, output } = run("node_modules/.bin/tsx", ["scripts/check-content.ts"], { CONTENT_DIR: folder, GITHUB_ACTIONS: "true" });
    expect(status).toBe(1);
    expect(output).toContain('lib/fixtures/broken/articles/impossible-date.mdx:3:1  date: deze datum bestaat niet in de kalender; er staat "2025-02-30" [datum-bestaat-niet]');
    expect(output).toContain(
      "::error file=lib/fixtures/broken/articles/impossible-date.mdx,line=3,col=1,title=Inhoudscontrole [datum-bestaat-niet]::date: deze datum bestaat niet in de kalender",
    );
    expect(output).toMatch(/✗ 36 problemen in 35 bestanden\. Elke regel hierboven noemt het bestand, de regel en de kolom, en wat je moet veranderen\. De code tussen \[ \] staat met een voorbeeld in content\/README\.md\./);
  }, 60_000);

  it("shows spelling and readability as warnings that pass (annotations as ::warning), and fails on them with --strikt", () => {
    const long = Array.from({ length: 35 }, () => "woord").join(" ");
    const folder = contentFolder({ "articles/met-tikfout.mdx": article({}, `Een goede ontwikelaar leert elke dag.\n\nDit is een ${long}.\n`) });
    const warned = run("node_modules/.bin/tsx", ["scripts/check-content.ts"], { CONTENT_DIR: folder, GITHUB_ACTIONS: "true" });
    expect(warned.output).toMatch(/met-tikfout\.mdx:9:11  waarschuwing: "ontwikelaar" staat niet in het woordenboek; bedoel je "ontwikkelaar"/);
    expect(warned.output).toMatch(/met-tikfout\.mdx:11:1  waarschuwing: deze zin heeft 38 woorden, meer dan 30; .* \[zin-te-lang\]/);
    expect(warned.output).toMatch(/::warning file=[^\n]*met-tikfout\.mdx,line=9,col=11,title=Inhoudscontrole \[spelling\]::"ontwikelaar" staat niet in het woordenboek/);
    expect(warned.output).toContain("! 2 waarschuwingen: de site wordt wel gebouwd");
    expect(warned.status).toBe(0);

    const strict = run("node_modules/.bin/tsx", ["scripts/check-content.ts", "--strikt"], { CONTENT_DIR: folder, GITHUB_ACTIONS: "true" });
    expect(strict.output).toMatch(/::error file=[^\n]*met-tikfout\.mdx,line=9,col=11,title=Inhoudscontrole \[spelling\]/);
    expect(strict.output).toContain("✗ 2 problemen in 1 bestand.");
    expect(strict.status).toBe(1);
  }, 120_000);
});

describe("next build", () => {
  it("refuses broken content and names the file, line and problem", () => {
    const folder = contentFolder({ "articles/kapot-artikel.mdx": article({ date: '"10-02-2025"' }) });
    const { status, output } = run("node_modules/.bin/next", ["build"], { CONTENT_DIR: folder, NEXT_DIST_DIR: ".next-broken", NEXT_TELEMETRY_DISABLED: "1" });
    expect(status).not.toBe(0);
    expect(output).toContain("De site wordt niet gebouwd: de inhoud heeft 1 probleem.");
    expect(output).toContain('kapot-artikel.mdx:3:1  date: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-02-10; er staat "10-02-2025" [datum-vorm]');
  }, 660_000);
});
