import { expect, test } from "./fixtures";

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/artikelen/werken-in-it-consultancy", "/feed.xml", "/bestaat-niet"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

const hostile = [
  "/artikelen/..%2f..%2fetc%2fpasswd",
  "/artikelen/%2e%2e/%2e%2e/etc/passwd",
  "/artikelen/%252e%252e%252fetc",
  `/artikelen/${"a".repeat(2000)}`,
  "/artikelen/carri%C3%A8re",
  "/artikelen/%F0%9F%98%80",
  "/tags/%00",
  "/tags/%2500",
  "/tags/it%00.html",
  "/auteurs/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/artikelen/pagina/0",
  "/artikelen/pagina/-1",
  "/artikelen/pagina/99999",
  "/artikelen/pagina/abc",
  "/og/artikelen/..%2f..%2fpackage.json",
  "/tags/it/feed.xml%00",
];

test("bad and hostile URLs are 404s, never server errors", async ({ request }) => {
  for (const path of hostile) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404], `${path.slice(0, 60)} → ${response.status()}`).toContain(response.status());
    if (response.status() === 404 && response.headers()["content-type"]?.includes("html")) {
      expect(await response.text()).not.toContain("<script>alert(1)");
    }
  }
});

test("pages load nothing from another origin", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  for (const path of ["/", "/artikelen", "/artikelen/starten-als-data-engineer", "/tags/it", "/auteurs/jeroen-bakker"]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  await page.goto("/artikelen");
  await page.getByRole("region", { name: "Filter op onderwerp" }).getByRole("button", { name: /^IT / }).click();
  await expect(page.getByTestId("result-count")).toHaveText(/^\d+ artikel/);
  expect(foreign).toEqual([]);
});
