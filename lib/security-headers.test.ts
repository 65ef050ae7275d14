import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headersFile, securityHeaders } from "./security-headers";

describe("security headers", () => {
  const byKey = Object.fromEntries(securityHeaders().map((h) => [h.key, h.value]));
  it("allow nothing from other origins and forbid framing", () => {
    const csp = byKey["Content-Security-Policy"]!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    for (const directive of csp.split("; ")) expect(directive).not.toMatch(/https?:|\*/);
    expect(csp).not.toContain("unsafe-eval");
    expect(byKey["X-Content-Type-Options"]).toBe("nosniff");
    expect(byKey["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(byKey["Permissions-Policy"]).toContain("camera=()");
  });
  it("allow eval only for the development server's hot reload", () => {
    expect(securityHeaders({ development: true }).find((h) => h.key === "Content-Security-Policy")!.value).toContain("'unsafe-eval'");
  });
  it("are the same in public/_headers for the static export", () => {
    expect(fs.readFileSync(path.join(import.meta.dirname, "../public/_headers"), "utf8")).toBe(headersFile());
  });
});
