import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  // Tests that start tsx need more than 5 s on a busy machine; *.slow.test.ts build the site and run under `npm run test:preview` (vitest.preview.config.ts).
  test: { include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"], exclude: ["**/node_modules/**", "**/*.slow.test.ts"], environment: "node", testTimeout: 60_000, setupFiles: ["tests/support/isolated-caches.ts"] },
});
