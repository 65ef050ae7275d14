import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  // Some tests start a command-line tool with tsx; on a busy shared machine that alone can take 5 s.
  test: { include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
});
