import { describe, expect, it } from "vitest";
import { malformedPathsFor } from "./malformed-paths";

describe("malformedPathsFor", () => {
  it("puts each segment in each dynamic segment in turn, and in all at once", () => {
    expect(malformedPathsFor("/tags/[tag]/pagina/[page]", ["%E0", "%"])).toEqual([
      "/tags/%E0/pagina/1",
      "/tags/1/pagina/%E0",
      "/tags/%E0/pagina/%E0",
      "/tags/%/pagina/1",
      "/tags/1/pagina/%",
      "/tags/%/pagina/%",
    ]);
  });

  it("covers catch-all and optional catch-all segments", () => {
    expect(malformedPathsFor("/docs/[...slug]", ["%ff"])).toEqual(["/docs/%ff"]);
    expect(malformedPathsFor("/docs/[[...slug]]/x", ["%ff"])).toEqual(["/docs/%ff/x"]);
  });

  it("keeps the static parts of a route, such as a file name after the segment", () => {
    expect(malformedPathsFor("/tags/[tag]/feed.xml", ["%ff"])).toEqual(["/tags/%ff/feed.xml"]);
  });

  it("appends the segment to a route without dynamic segments", () => {
    expect(malformedPathsFor("/feed.xml", ["%ff"])).toEqual(["/feed.xml/%ff"]);
    expect(malformedPathsFor("/", ["%ff"])).toEqual(["/%ff"]);
  });
});
