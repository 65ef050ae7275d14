/**
 * Serves a static export as a host serves it from a sub-folder: `<base path>/…` maps onto the
 * folder (clean URLs, its 404.html for a missing page) and anything outside the base path is a
 * bare 404. `tsx scripts/serve-export.ts <folder> <base path> <port>`; the base-path browser tests
 * and `npm run preview:pr` use it.
 */
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import handler from "serve-handler";
import { normaliseBasePath } from "../lib/routes";

/** Starts a server for `folder` under `basePath` ("" for the root) and resolves once it listens. */
export function serveExport(folder: string, basePath: string, port: number, host = "127.0.0.1"): Promise<http.Server> {
  const base = normaliseBasePath(basePath);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not under ${base}\n`);
      return;
    }
    request.url = (url.pathname.slice(base.length) || "/") + url.search;
    void handler(request, response, { public: folder, cleanUrls: true, directoryListing: false });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [folder, basePath = "", port = "3000"] = process.argv.slice(2);
  if (!folder) {
    console.error("Usage: tsx scripts/serve-export.ts <folder> <base path> <port>");
    process.exit(2);
  }
  await serveExport(folder, basePath, Number(port));
  console.log(`Serving ${folder} at http://127.0.0.1:${port}${normaliseBasePath(basePath)}/`);
}
