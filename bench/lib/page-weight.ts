import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** JavaScript a built page loads: its external script files, and the inline scripts in its HTML. */
export interface PageWeight {
  scripts: number;
  raw: number;
  gzip: number;
  inlineRaw: number;
  inlineGzip: number;
  html: number;
}

const gzip = (data: Buffer | string) => zlib.gzipSync(data, { level: 9 }).length;

/** Reads a page's HTML from a Next build (`distDir`) and adds up the JavaScript it loads. */
export function pageWeight(distDir: string, htmlFile: string): PageWeight {
  const html = fs.readFileSync(path.join(distDir, "server/app", htmlFile), "utf8");
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let zipped = 0;
  for (const src of sources) {
    const file = path.join(distDir, "static", src.replace(/^\/_next\/static\//, "").split("?")[0]!);
    const data = fs.readFileSync(file);
    raw += data.length;
    zipped += gzip(data);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  return { scripts: sources.length, raw, gzip: zipped, inlineRaw: Buffer.byteLength(inline), inlineGzip: gzip(inline), html: Buffer.byteLength(html) };
}

/** Builds a bare Next.js page (one layout, one page) with this project's Next version, once. */
export function bareNextBuild(root: string, run: (cmd: string, args: string[], cwd: string) => void): string {
  const dir = path.join(root, ".bench/bare");
  const dist = path.join(dir, ".next");
  if (fs.existsSync(path.join(dist, "server/app/index.html"))) return dist;
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "app/layout.js"), 'export default function L({ children }) { return <html lang="nl"><body>{children}</body></html>; }\n');
  fs.writeFileSync(path.join(dir, "app/page.js"), "export default function P() { return <main><h1>Hallo</h1></main>; }\n");
  fs.writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  run(path.join(root, "node_modules/.bin/next"), ["build", dir], root);
  return dist;
}
