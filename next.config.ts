import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate output folder lets tests build broken content without touching the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
