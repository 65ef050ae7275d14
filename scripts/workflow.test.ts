import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

interface Step { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }

describe("the pull-request workflow", () => {
  const text = read(".github/workflows/pull-request.yml");
  const workflow = yaml.load(text) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((s) => s.run ?? "").join("\n");

  it("is valid YAML that runs on pull_request, never pull_request_target, read-only and without secrets", () => {
    expect(Object.keys(workflow.on)).toContain("pull_request");
    expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it("runs every check in order and uploads the report", () => {
    const order = ["npm ci", "npm run check:content", "npm run lint", "npm run typecheck", "npm run test:unit", "npm run build:static", "npm run build\n", "npx playwright install --with-deps chromium", "npm run test:e2e"];
    const positions = order.map((command) => runs.indexOf(command));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact"));
    expect(upload?.with?.path).toContain("playwright-report/");
  });

  it("keeps .cache/ between runs, before the builds, under a key that changes with the social images' template", () => {
    const cache = steps.find((s) => s.uses?.startsWith("actions/cache"));
    expect(cache?.with?.path).toBe(".cache/");
    expect(String(cache?.with?.key)).toMatch(/hashFiles\([^)]*lib\/seo\/og-image\.tsx/);
    expect(steps.indexOf(cache!)).toBeLessThan(steps.findIndex((s) => s.run === "npm run build:static"));
  });

  it("names only scripts that package.json has", () => {
    const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);
    for (const [, name] of runs.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toContain(name);
  });
});

describe("review rules", () => {
  it("give developers everything outside content/ and public/images/", () => {
    const owners = read(".github/CODEOWNERS").split("\n").filter((l) => l && !l.startsWith("#"));
    expect(owners[0]).toMatch(/^\*\s+@/);
    expect(owners.some((l) => l.startsWith("/content/"))).toBe(true);
  });
  it("offer editors a checklist", () => {
    expect(read(".github/pull_request_template.md")).toContain("- [ ]");
  });
});
