import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { latinExtFontVariables } from "./fonts-latin-ext";
import { paths } from "@/lib/routes";
import { site } from "@/lib/site";
import { themeScript } from "@/lib/browser/theme";
import { t } from "@/lib/strings";
import "./globals.css";
import "./font-fallbacks.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
  // Not preloaded and no generated fallback: the metric-matched stand-in in font-fallbacks.css
  // paints the text at once, and the swap moves nothing (see README, "First paint").
  preload: false,
  adjustFontFallback: false,
});

const sourceSerif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  variable: "--font-source-serif",
  weight: "200 900",
  display: "swap",
  // Not preloaded and no generated fallback: the metric-matched stand-in in font-fallbacks.css
  // paints the text at once, and the swap moves nothing (see README, "First paint").
  preload: false,
  adjustFontFallback: false,
});

// The italic is its own family so that it is not preloaded: only articles with emphasis or a pull
// quote need it, and preloading it would put 52 KB in front of every page's first paint.
const sourceSerifItalic = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
  variable: "--font-source-serif-italic",
  weight: "200 900",
  style: "italic",
  display: "swap",
  preload: false,
  // No metric-matched Arial fallback: until the italic arrives, text falls through to the upright
  // serif (slanted by the browser) rather than to a sans-serif.
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
    <html lang="nl" className={`${inter.variable} ${sourceSerif.variable} ${sourceSerifItalic.variable} ${latinExtFontVariables}`} suppressHydrationWarning>
      <head>
        {/* Sets the theme before the first paint, so no page ever flashes the wrong one. */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
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
