import fs from "node:fs";

/**
 * The browser every tool here drives: a system Chromium (CHROME_PATH, then the usual paths), so
 * nothing downloads a browser. Undefined when there is none (Playwright then uses its own).
 */
export function systemChromium(): string | undefined {
  if (process.env.PLAYWRIGHT_BUNDLED_BROWSER) return undefined;
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
}

/** Flags for a headless Chromium on a machine with no network but loopback, running as root. */
export const chromiumFlags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
