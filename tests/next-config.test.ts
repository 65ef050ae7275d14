import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";

describe("next.config.ts", () => {
  // A build serves the search data as files written by scripts/prebuild.ts; a route.dev.ts in a build
  // would prerender a route per article again, and without one `next dev` would have no search.
  it("makes route.dev.ts files routes under next dev only", () => {
    expect(nextConfig(PHASE_DEVELOPMENT_SERVER).pageExtensions).toContain("dev.ts");
    expect(nextConfig(PHASE_PRODUCTION_BUILD).pageExtensions).not.toContain("dev.ts");
  });
});
