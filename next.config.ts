import type { NextConfig } from "next";

const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate output folder lets tests and the static export build without touching the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm run build:static` writes a complete static site to out/ for any file server or CDN.
  ...(staticExport ? { output: "export" as const } : {}),
};

export default nextConfig;
