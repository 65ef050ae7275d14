/*
 * The static export without the files no reader fetches. Next.js writes each page's React Server
 * Components payload beside its HTML (`foo.txt`) and again as segment-prefetch files
 * (`foo/__next.*.txt`) for client-side navigation; this site's links are plain <a> elements and
 * every page is complete HTML, so a browser never asks for them (e2e/fetched.spec.ts proves it).
 */

/** Whether a file of the export (path relative to out/, with /) is a page payload no reader fetches. Pure. */
export function isUnfetchedPayload(file: string, exists: (file: string) => boolean): boolean {
  if (!file.endsWith(".txt")) return false;
  const name = file.slice(file.lastIndexOf("/") + 1);
  return name.startsWith("__next.") || exists(`${file.slice(0, -".txt".length)}.html`);
}
