import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate output folder lets tests and benchmarks build without touching the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Workers that generate the pages; BUILD_CPUS overrides it for measurements (docs/performance.md).
  experimental: { cpus: Number(process.env.BUILD_CPUS ?? 1) },
  // `npm run build:static` writes a complete static site to out/ for any file server or CDN;
  // there public/_headers carries the same security headers for hosts that read it.
  ...(staticExport
    ? { output: "export" as const }
    : {
        async headers() {
          return [{ source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV === "development" }) }];
        },
      }),
};

export default nextConfig;
