import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:preview`: the end-to-end test of `npm run preview:pr`, which builds the site once
// (minutes), kept out of the fast unit run.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: { include: ["scripts/**/*.slow.test.ts"], environment: "node", testTimeout: 15 * 60_000, hookTimeout: 15 * 60_000 },
});
