/**
 * Security headers for every response: nothing may load from another origin, the site cannot be
 * framed, and browsers get no feature they don't need. Inline scripts stay allowed because Next.js
 * streams each static page's data in inline scripts, and a static site cannot use per-request nonces.
 */
export function securityHeaders({ development = false }: { development?: boolean } = {}): { key: string; value: string }[] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** The same headers in the `_headers` format that Netlify and Cloudflare Pages read from a static export. */
export function headersFile(): string {
  return `/*\n${securityHeaders().map((h) => `  ${h.key}: ${h.value}`).join("\n")}\n`;
}
