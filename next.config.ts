import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { normaliseBasePath } from "./lib/routes";
import { securityHeaders } from "./lib/security-headers";

const staticExport = process.env.STATIC_EXPORT === "1";
// BASE_PATH=/voorbeeld/pr-12 serves the whole site from that sub-folder; lib/routes.ts prefixes
// every link and fetch with the same value, which `env` inlines into the browser's code too.
const basePath = normaliseBasePath(process.env.BASE_PATH);

const nextConfig = (phase: string): NextConfig => ({
  reactStrictMode: true,
  // Files named route.dev.ts are routes only under `next dev`: there they answer from the live
  // content what a build writes as plain files into public/ beforehand (scripts/prebuild.ts).
  pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ["tsx", "ts", "dev.ts"] : ["tsx", "ts"],
  poweredByHeader: false,
  ...(basePath ? { basePath } : {}),
  env: { BASE_PATH: basePath },
  // A separate output folder lets tests and benchmarks build without touching the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Workers that generate the pages: one per core (Next's default leaves one core out); BUILD_CPUS
  // overrides it for measurements. At 1,000 articles two workers generated the pages in 29-32 s
  // against 37-39 s with one, the largest process unchanged (docs/performance.md).
  // Turbopack's build cache (on by default) made a cold build of 1,000 articles 10-30 s slower and
  // the export's compile peak at 2.0 GB instead of 0.75 GB, and saved nothing on a warm one; CI and
  // `npm test` always build cold. TURBOPACK_BUILD_CACHE=1 turns it on for a measurement.
  experimental: { cpus: Number(process.env.BUILD_CPUS ?? availableParallelism()), turbopackFileSystemCacheForBuild: process.env.TURBOPACK_BUILD_CACHE === "1" },
  // `npm test` type-checks once (`npm run typecheck`) and then sets TYPECHECKED=1 for its builds, so
  // each of them skips the same check again (47 s cold, docs/performance.md). A plain build checks.
  typescript: { ignoreBuildErrors: process.env.TYPECHECKED === "1" },
  // `npm run build:static` writes a complete static site to out/ for any file server or CDN;
  // there public/_headers carries the same security headers for hosts that read it. The export
  // ignores proxy.ts (Next warns that it "disables middleware"): a file server needs no such guard.
  ...(staticExport
    ? { output: "export" as const }
    : {
        async headers() {
          return [{ source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV === "development" }) }];
        },
      }),
});

export default nextConfig;
