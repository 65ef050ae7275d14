import fs from "node:fs";
import path from "node:path";
import { malformedPathsFor } from "../tests/support/malformed-paths";
import { expect, test } from "./fixtures";

/** The routes of the build that next start serves, from its own route list: new routes are covered as they come. */
function builtRoutes(): { dynamic: string[]; fixed: string[] } {
  const manifest = path.join(process.env.NEXT_DIST_DIR ?? ".next", "routes-manifest.json");
  const { dynamicRoutes, staticRoutes } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
    dynamicRoutes: { page: string }[];
    staticRoutes: { page: string }[];
  };
  return { dynamic: dynamicRoutes.map((r) => r.page), fixed: staticRoutes.map((r) => r.page) };
}

test("malformed, overlong and double-encoded addresses never get a server error, on any route", async ({ request }) => {
  test.setTimeout(180_000);
  const { dynamic, fixed } = builtRoutes();
  expect(dynamic, "dynamic routes in the build's route list").toContain("/artikelen/[slug]");
  expect(dynamic, "a route handler among them").toContain("/img/[...variant]");
  // Files of public/ (the social images, author photos) are served outside the route list.
  const publicFiles = ["/og/[section]/[image]", "/images/authors/[file]"];
  const addresses = [...dynamic, ...fixed, ...publicFiles].flatMap((route) => malformedPathsFor(route));
  const failures: string[] = [];
  // A few at a time: several hundred addresses, and a busy machine.
  for (let i = 0; i < addresses.length; i += 8) {
    await Promise.all(addresses.slice(i, i + 8).map((address) => check(address)));
  }
  expect(failures, `${failures.length} of ${addresses.length} addresses`).toEqual([]);
  // The server keeps answering.
  expect((await request.get("/")).status()).toBe(200);

  async function check(address: string): Promise<void> {
    const response = await request.get(address, { maxRedirects: 0 });
    const status = response.status();
    const headers = response.headers();
    const shown = `${address.slice(0, 80)}${address.length > 80 ? "…" : ""}`;
    if (status >= 500) failures.push(`${shown} → ${status}`);
    else if (!headers["content-security-policy"]?.includes("default-src 'self'")) failures.push(`${shown} → ${status} without the security headers`);
    else if (status === 404 && headers["content-type"]?.includes("text/html") && !(await response.text()).includes("Pagina niet gevonden")) {
      failures.push(`${shown} → 404 without the site's not-found page`);
    }
  }
});
