import { describe, expect, it } from "vitest";
import { isUnfetchedPayload } from "./static-export";

describe("the static export's unfetched payloads", () => {
  const files = new Set(["index.html", "artikelen/foo.html", "_not-found.html", "robots.txt", "og/site/default.png"]);
  const exists = (f: string) => files.has(f);

  it("are a page's .txt beside its .html, and every segment-prefetch file", () => {
    for (const file of ["index.txt", "artikelen/foo.txt", "_not-found.txt", "__next._tree.txt", "artikelen/foo/__next.artikelen.$d$slug.__PAGE__.txt", "tags/it/pagina/1/__next._full.txt"]) {
      expect(isUnfetchedPayload(file, exists), file).toBe(true);
    }
  });

  it("are never robots.txt, a .txt without its page, or anything else", () => {
    for (const file of ["robots.txt", "artikelen/bar.txt", "index.html", "og/site/default.png", "zoeken/index/meta.json", "feed.xml"]) {
      expect(isUnfetchedPayload(file, exists), file).toBe(false);
    }
  });
});
