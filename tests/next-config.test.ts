import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { describe, expect, it, vi } from "vitest";
import nextConfig from "../next.config";

describe("next.config.ts", () => {
  // A build serves the search data as files written by scripts/prebuild.ts; a route.dev.ts in a build
  // would prerender a route per article again, and without one `next dev` would have no search.
  it("makes route.dev.ts files routes under next dev only", () => {
    expect(nextConfig(PHASE_DEVELOPMENT_SERVER).pageExtensions).toContain("dev.ts");
    expect(nextConfig(PHASE_PRODUCTION_BUILD).pageExtensions).not.toContain("dev.ts");
  });

  // `npm test` checks the types once and sets TYPECHECKED=1 for its builds; any other build checks them itself.
  it("skips the build's own type check only when TYPECHECKED=1", () => {
    vi.stubEnv("TYPECHECKED", undefined);
    expect(nextConfig(PHASE_PRODUCTION_BUILD).typescript?.ignoreBuildErrors).toBe(false);
    vi.stubEnv("TYPECHECKED", "0");
    expect(nextConfig(PHASE_PRODUCTION_BUILD).typescript?.ignoreBuildErrors).toBe(false);
    vi.stubEnv("TYPECHECKED", "1");
    expect(nextConfig(PHASE_PRODUCTION_BUILD).typescript?.ignoreBuildErrors).toBe(true);
    vi.unstubAllEnvs();
  });
});
