import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { article, validAuthor } from "../tests/support/content-fixture";

/*
 * The README's commands, typed as a user types them: with the environment variables exported in a
 * shell first (`export BASE_PATH=…; npm run …`) or in front of the command, on a fresh copy of the
 * repository (its tracked files, node_modules linked). A full `next build` is too slow for the unit
 * suite: the export itself is built this way by `npm run build:static:base-path`, which the
 * base-path browser tests run against; here the steps before and after it run as typed.
 */

const repo = path.resolve(import.meta.dirname, "..");
const readme = fs.readFileSync(path.join(repo, "README.md"), "utf8");
const scripts = (JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** Every `npm run x` named in the README's command table. */
const tableRows = readme.split("\n").filter((l) => l.startsWith("| `npm run "));
const named = [...new Set(tableRows.flatMap((row) => [...row.matchAll(/`npm run ([\w:-]+)/g)].map((m) => m[1]!)))];

let copy = "";

/** Runs a command line in bash in the fresh copy, as a user types it. */
function typed(line: string, env: Record<string, string> = {}) {
  const result = spawnSync("bash", ["-c", line], { cwd: copy, env: { ...process.env, BASE_PATH: "", SITE_URL: "", STATIC_OUT_DIR: "", ...env }, encoding: "utf8", timeout: 300_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the README's commands, as typed", () => {
  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "readme-commands-"));
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" }).split("\0").filter(Boolean);
    for (const file of files) {
      if (!fs.existsSync(path.join(repo, file))) continue;
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.copyFileSync(path.join(repo, file), path.join(copy, file));
    }
    fs.symlinkSync(path.join(repo, "node_modules"), path.join(copy, "node_modules"));
    // A small content folder keeps the social images to a handful (one article, its tags, its author).
    fs.rmSync(path.join(copy, "content"), { recursive: true });
    fs.mkdirSync(path.join(copy, "content/articles"), { recursive: true });
    fs.mkdirSync(path.join(copy, "content/authors"));
    fs.writeFileSync(path.join(copy, "content/articles/een-artikel.mdx"), `\uFEFF${article({ tags: "[IT]" })}`);
    fs.writeFileSync(path.join(copy, "content/authors/jeroen-bakker.md"), validAuthor);
  }, 120_000);

  it("names only scripts that exist", () => {
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it("runs the build's first step with BASE_PATH and SITE_URL exported, and in front of the command", () => {
    for (const line of [
      "export BASE_PATH=/voorbeeld/pr-7 SITE_URL=https://www.example.nl; npm run prebuild:static",
      "BASE_PATH=/voorbeeld/pr-7 npm run prebuild:static",
    ]) {
      fs.rmSync(path.join(copy, "public/og"), { recursive: true, force: true });
      fs.rmSync(path.join(copy, "public/zoeken"), { recursive: true, force: true });
      const { status, output } = typed(line);
      expect(output).toMatch(/Social images: 4 /);
      expect(status, output).toBe(0);
      // public/ holds the images where the host serves them under the sub-folder: og/…, not voorbeeld/pr-7/og/….
      expect(fs.existsSync(path.join(copy, "public/og/site/default.png"))).toBe(true);
      expect(fs.existsSync(path.join(copy, "public/og/artikelen/een-artikel.png"))).toBe(true);
      // The search files too: the browser asks for /voorbeeld/pr-7/zoeken/…, which the host serves from zoeken/….
      expect(JSON.parse(fs.readFileSync(path.join(copy, "public/zoeken/index/meta.json"), "utf8"))).toMatchObject({ count: 1 });
      expect(fs.existsSync(path.join(copy, "public/voorbeeld"))).toBe(false);
    }
  }, 300_000);

  it("cleans the export in STATIC_OUT_DIR after build:static, exported or in front of the command", () => {
    for (const [line, folder] of [
      ["export STATIC_OUT_DIR=site; npm run postbuild:static", "site"],
      ["STATIC_OUT_DIR=.e2e-base-path npm run postbuild:static", ".e2e-base-path"],
      ["npm run postbuild:static", "out"],
    ] as const) {
      const out = path.join(copy, folder);
      fs.mkdirSync(path.join(out, "artikelen"), { recursive: true });
      fs.writeFileSync(path.join(out, "artikelen/x.html"), "<p>x</p>");
      fs.writeFileSync(path.join(out, "artikelen/x.txt"), "payload");
      const { status, output } = typed(line);
      expect(status, output).toBe(0);
      expect(fs.existsSync(path.join(out, "artikelen/x.html"))).toBe(true);
      expect(fs.existsSync(path.join(out, "artikelen/x.txt")), line).toBe(false);
    }
  }, 120_000);

  it("builds the base-path export the way a user types it", () => {
    expect(scripts["build:static"]).toContain("${STATIC_OUT_DIR:-out}");
    // The site's content with the image fixture (scripts/write-test-site.ts writes .e2e/site), then build:static as typed.
    expect(scripts["build:static:base-path"]).toBe(
      "bash -c 'export SITE_URL=https://www.example.nl BASE_PATH=/voorbeeld/pr-12 STATIC_OUT_DIR=.e2e-base-path CONTENT_DIR=.e2e/site/content PUBLIC_DIR=.e2e/site/public OG_CACHE_DIR=.cache/og-e2e-site; tsx scripts/write-test-site.ts && npm run build:static'",
    );
    // No pre or post step of its own that could run without the exported variables.
    expect(Object.keys(scripts).filter((s) => /^(pre|post)build:static:base-path$/.test(s))).toEqual([]);
  });

  it("drives the browser named by CHROME_PATH when it is exported", () => {
    const browser = path.join(copy, "mijn-chrome");
    fs.writeFileSync(browser, "");
    const { status, output } = typed(`export CHROME_PATH=${browser}; node_modules/.bin/tsx -e 'import("./lib/chromium.ts").then((m) => console.log("browser:", m.systemChromium()))'`);
    expect(status, output).toBe(0);
    expect(output).toContain(`browser: ${browser}`);
  }, 60_000);
});
