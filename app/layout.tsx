import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { sourceSerifLatinExt } from "./fonts-latin-ext";
import { paths } from "@/lib/routes";
import { site } from "@/lib/site";
import { themeScript } from "@/lib/browser/theme";
import { headingFontScript } from "@/lib/browser/heading-font";
import { t } from "@/lib/strings";
import "./globals.css";
import "./font-fallbacks.css";

// The site's one web font: Source Serif 4 semibold, Latin only (21 KB), for headings. Body text is
// in the platform's serif and the interface in its UI sans (globals.css), so the first paint waits
// for no font; until this one arrives, headings show in a metric-matched local Times
// (font-fallbacks.css), so the swap moves nothing. On the first page of a visit it is not even
// asked for before the page has loaded (lib/browser/heading-font.ts). See docs/performance.md.
const sourceSerif = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2",
  variable: "--font-source-serif",
  weight: "600",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} · IT, consultancy en traineeships`, template: `%s · ${site.name}` },
  description: site.description,
  alternates: { types: { "application/rss+xml": [{ url: paths.feed, title: site.name }] } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#16130f" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl" className={`${sourceSerif.variable} ${sourceSerifLatinExt.variable}`} suppressHydrationWarning>
      <head>
        {/* Sets the theme before the first paint, so no page ever flashes the wrong one, and holds
            the heading font back until the first page of a visit has loaded. */}
        <script dangerouslySetInnerHTML={{ __html: `${themeScript};${headingFontScript}` }} />
      </head>
      <body className="flex min-h-dvh flex-col antialiased">
        <a
          href="#inhoud"
          className="sr-only z-50 rounded-md bg-ink px-4 py-3 font-medium text-paper focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
        >
          {t.skipLink}
        </a>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
