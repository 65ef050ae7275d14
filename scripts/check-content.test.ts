import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, contentFolder } from "../lib/test-support/content-fixture";

const root = path.resolve(import.meta.dirname, "..");

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run check:content", () => {
  it("passes on the site's own content", () => {
    const { status, output } = run("node_modules/.bin/tsx", ["scripts/check-content.ts"], { GITHUB_ACTIONS: "" });
    expect(output).toMatch(/✓ content is valid: \d+ articles and \d+ authors checked\./);
    expect(status).toBe(0);
  });

  it("lists every problem, then a summary, and exits 1; in GitHub Actions also as annotations", () => {
    const folder = path.join(root, "lib/fixtures/broken");
    const { status, output } = run("node_modules/.bin/tsx", ["scripts/check-content.ts"], { CONTENT_DIR: folder, GITHUB_ACTIONS: "true" });
    expect(status).toBe(1);
    expect(output).toContain('lib/fixtures/broken/articles/impossible-date.mdx:3:1  date: this date does not exist in the calendar, got "2025-02-30"');
    expect(output).toContain("::error file=lib/fixtures/broken/articles/impossible-date.mdx,line=3,col=1::date: this date does not exist");
    expect(output).toMatch(/✗ 31 problems in 30 files\./);
  });
});

describe("next build", () => {
  it("refuses broken content and names the file, line and problem", () => {
    const folder = contentFolder({ "articles/kapot-artikel.mdx": article({ date: '"10-02-2025"' }) });
    const { status, output } = run("node_modules/.bin/next", ["build"], { CONTENT_DIR: folder, NEXT_DIST_DIR: ".next-broken", NEXT_TELEMETRY_DISABLED: "1" });
    expect(status).not.toBe(0);
    expect(output).toContain('kapot-artikel.mdx:3:1  date: expected a date like 2025-02-10, got "10-02-2025"');
  }, 240_000);
});
