import { test as base, expect } from "@playwright/test";

/**
 * Every browser test fails on a console error or an uncaught page error. The one error allowed is
 * the browser's report of a page the test itself opened and that answered 404 on purpose (an
 * unknown article, say); a missing script, font, image or data file still fails the test.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const missingPages = new Set<string>();
      page.on("response", (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) missingPages.add(response.url());
      });
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const expected404 = msg.text().includes("404 (Not Found)") && missingPages.has(msg.location().url);
        if (!expected404) errors.push(`${msg.text()} (${msg.location().url})`);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
