/**
 * The yardstick for bench:first-paint: a bare App Router page with this project's `next` and
 * `react`, holding the seed article's text as plain headings and paragraphs, with no CSS, no fonts
 * and no client components, exported statically to `.bench/bare/out`. It lives inside the project
 * (a real folder, not a symlinked node_modules, which Turbopack cannot build from) so that it
 * resolves the project's packages.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

export interface Block {
  tag: "h1" | "h2" | "h3" | "p";
  text: string;
}

/** The seed article's text as blocks: title, headings and paragraphs; MDX component tags dropped, their text kept. */
export function articleBlocks(source: string): Block[] {
  const { data, content } = matter(source);
  const blocks: Block[] = [{ tag: "h1", text: String(data.title) }];
  for (const chunk of content.split(/\n\s*\n/)) {
    const text = chunk
      .replace(/<[^>]+>/g, "")
      .replace(/\*\*|__|`/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .trim();
    if (!text) continue;
    const heading = /^(#{2,3})\s+(.*)$/s.exec(text);
    if (heading) blocks.push({ tag: heading[1] === "##" ? "h2" : "h3", text: heading[2]!.trim() });
    else blocks.push({ tag: "p", text: text.replace(/^[-*]\s+/gm, "").replace(/\s*\n\s*/g, " ") });
  }
  return blocks;
}

/** Builds the bare page's export once (again when `force`); returns the folder to serve. */
export function buildBarePage(root: string, seedFile: string, force = false): string {
  const dir = path.join(root, ".bench/bare");
  const out = path.join(dir, "out");
  if (!force && fs.existsSync(path.join(out, "index.html"))) return out;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  const blocks = articleBlocks(fs.readFileSync(seedFile, "utf8"));
  const title = blocks[0]!.text;
  fs.writeFileSync(
    path.join(dir, "app/layout.js"),
    `export const metadata = { title: ${JSON.stringify(title)}, description: "Bare page for bench:first-paint" };\n` +
      'export default function Layout({ children }) { return <html lang="nl"><body>{children}</body></html>; }\n',
  );
  fs.writeFileSync(
    path.join(dir, "app/page.js"),
    `const blocks = ${JSON.stringify(blocks)};\n` +
      "export default function Page() { return <main><article>{blocks.map((b, i) => { const Tag = b.tag; return <Tag key={i}>{b.text}</Tag>; })}</article></main>; }\n",
  );
  fs.writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { output: "export", turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)} };\n`,
  );
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "", STATIC_EXPORT: "" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Building the bare page failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
