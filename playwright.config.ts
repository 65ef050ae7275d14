import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, systemChromium } from "./lib/chromium";

/** The specs the static export must pass too; a renamed or removed one stops the run instead of dropping out. */
const staticExportSpecs = ["seo.spec.ts", "reading.spec.ts", "tag-filter.spec.ts", "search.spec.ts", "images.spec.ts", "fetched.spec.ts", "scripts-after-paint.spec.ts"];
const missing = staticExportSpecs.filter((name) => !fs.existsSync(`e2e/${name}`));
if (missing.length > 0) throw new Error(`playwright.config.ts: the static-export project names specs that do not exist: ${missing.join(", ")}`);

const PORT = Number(process.env.E2E_PORT ?? 3100);
const STATIC_PORT = PORT + 1;
/** The export built for a sub-folder with the image fixture (npm run build:static:base-path), served only under it. */
const BASE_PATH_PORT = PORT + 3;
const BASE_PATH_URL = `http://127.0.0.1:${BASE_PATH_PORT}/voorbeeld/pr-12/`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: systemChromium(), args: chromiumFlags },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(image-fixture|base-path|scripts-after-paint)\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 375, height: 740 } }, testMatch: /responsive\.spec\.ts/ },
    // The static export (npm run build:static) served by a plain file server must pass the same smoke tests.
    {
      name: "static-export",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${STATIC_PORT}` },
      testMatch: staticExportSpecs.map((name) => `**/${name}`),
    },
    // The image fixture (a generated phone photo, the longest Dutch compounds) is built into the
    // sub-folder export beside the site's own content (scripts/write-test-site.ts): one build for both.
    {
      name: "image-fixture",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: BASE_PATH_URL },
      testMatch: /image-fixture\.spec\.ts/,
    },
    {
      name: "base-path",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: BASE_PATH_URL },
      testMatch: /base-path\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/serve out --no-request-logging -l tcp://127.0.0.1:${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/tsx scripts/serve-export.ts .e2e-base-path /voorbeeld/pr-12 ${BASE_PATH_PORT}`,
      port: BASE_PATH_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
