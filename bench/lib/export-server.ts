/**
 * A small static file server for benchmarks: clean URLs (`/a` → `a.html` or `a/index.html`), gzip
 * for text, a year's cache for `/_next/static/`, and an optional rewrite of HTML and CSS, so that
 * the ablation runs can serve a page with one kind of resource taken away. The bare page and the
 * site's export go through the same server, so neither is favoured by how it is served.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};
const compressible = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

/** What the server may change: the text of an HTML or CSS response, or refuse a file (404). */
export interface Rewrite {
  html?: (text: string) => string;
  css?: (text: string) => string;
  refuse?: (urlPath: string) => boolean;
}

/** The file a URL path maps to in `folder`, or undefined. */
function resolveFile(folder: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = path.join(folder, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ""));
  if (!base.startsWith(folder)) return undefined;
  for (const candidate of [base, `${base}.html`, path.join(base, "index.html")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Serves `folder` on 127.0.0.1:`port`; resolves with its origin and a stop function once it listens. */
export function serveFolder(folder: string, port: number, rewrite: Rewrite = {}): Promise<{ origin: string; stop: () => Promise<void> }> {
  const root = path.resolve(folder);
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://x").pathname;
    const file = rewrite.refuse?.(urlPath) ? undefined : resolveFile(root, urlPath);
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const type = types[path.extname(file)] ?? "application/octet-stream";
    let body: Buffer = fs.readFileSync(file);
    if (type.startsWith("text/html") && rewrite.html) body = Buffer.from(rewrite.html(body.toString("utf8")));
    if (type.startsWith("text/css") && rewrite.css) body = Buffer.from(rewrite.css(body.toString("utf8")));
    const headers: http.OutgoingHttpHeaders = {
      "content-type": type,
      "cache-control": urlPath.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    };
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      const key = `${file}\0${body.length}`;
      const zipped = gzipped.get(key) ?? zlib.gzipSync(body, { level: 6 });
      gzipped.set(key, zipped);
      body = zipped;
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    headers["content-length"] = body.length;
    response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
