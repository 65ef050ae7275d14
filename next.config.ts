import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate output folder lets tests and benchmarks build without touching the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
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
};

export default nextConfig;
