import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> links by design: every page is static HTML, and next/link's client router would
      // add about 4.5 KB gzip of JavaScript to every page (see `npm run bench:js`).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  globalIgnores([".next/**", ".bench/**", ".e2e/**", ".cache/**", "tmp/**", ".next-broken/**", "screenshots/**", "out/**", ".e2e-base-path/**", ".preview-build/**", "preview/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
