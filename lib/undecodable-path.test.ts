import { describe, expect, it } from "vitest";
import { isUndecodablePath } from "./undecodable-path";

describe("isUndecodablePath", () => {
  it.each([
    "/artikelen/%E0",
    "/og/artikelen/%ff.png",
    "/zoeken/doc/%ff",
    "/tags/%C3%28",
    "/tags/it/%ED%A0%80", // a lone UTF-16 surrogate, encoded
    "/artikelen/%",
    "/artikelen/%2",
    "/artikelen/%zz",
    "/artikelen/%%30%30",
    "/artikelen/carri%C3",
  ])("refuses %s", (pathname) => {
    expect(isUndecodablePath(pathname)).toBe(true);
  });

  it.each([
    "/",
    "/artikelen/werken-in-it-consultancy",
    "/artikelen/carri%C3%A8re",
    "/artikelen/%F0%9F%98%80",
    "/artikelen/%252e%252e",
    "/artikelen/..%2f..%2fetc",
    "/tags/%00",
    "/zoeken/doc/0.json",
  ])("lets %s through", (pathname) => {
    expect(isUndecodablePath(pathname)).toBe(false);
  });
});
