import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "../site";

/** What a social image shows: a small kicker, a large title, tags and a footer line. */
export interface OgCard {
  kicker: string;
  title: string;
  tags?: readonly string[];
  footer: string;
  footerDetail?: string;
}

export const OG_SIZE = { width: 1200, height: 630 } as const;

const fontFile = (pkg: string, file: string) =>
  fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/@fontsource", pkg, "files", file));

let fonts: ConstructorParameters<typeof ImageResponse>[1] extends infer O ? (O extends { fonts?: infer F } ? F : never) : never;
function loadFonts() {
  fonts ??= [
    { name: "Source Serif", data: fontFile("source-serif-4", "source-serif-4-latin-600-normal.woff"), weight: 600, style: "normal" },
    { name: "Inter", data: fontFile("inter", "inter-latin-500-normal.woff"), weight: 500, style: "normal" },
    { name: "Inter", data: fontFile("inter", "inter-latin-600-normal.woff"), weight: 600, style: "normal" },
  ];
  return fonts;
}

/** Renders a 1200×630 PNG in the site's style: warm paper, serif title, accent rule. Fonts ship with npm. */
export function ogImage(card: OgCard): ImageResponse {
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 62 : 72;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: "#fbf8f3", fontFamily: "Inter" }}>
        <div style={{ width: 18, height: "100%", background: "#9a3412" }} />
        <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "64px 80px 56px 72px" }}>
          <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 30, fontWeight: 600, color: "#1f1b16", fontFamily: "Source Serif" }}>
            <svg width="44" height="44" viewBox="0 0 32 32">
              <circle cx="16" cy="16" r="14" fill="none" stroke="#9a3412" strokeWidth="2.5" />
              <path d="M16 6l4 10-4 10-4-10z" fill="#9a3412" />
            </svg>
            {site.name}
          </div>
          <div style={{ display: "flex", marginTop: 56, fontSize: 24, fontWeight: 600, color: "#9a3412", letterSpacing: 2, textTransform: "uppercase" }}>
            {card.kicker}
          </div>
          <div style={{ display: "flex", marginTop: 18, fontFamily: "Source Serif", fontWeight: 600, fontSize: titleSize, lineHeight: 1.12, color: "#1f1b16", letterSpacing: -1 }}>
            {card.title}
          </div>
          <div style={{ flex: 1 }} />
          <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", borderTop: "2px solid #e6dfd3", paddingTop: 28 }}>
            <div style={{ display: "flex", flexDirection: "column" }}>
              <div style={{ display: "flex", fontSize: 28, fontWeight: 600, color: "#1f1b16" }}>{card.footer}</div>
              {card.footerDetail && <div style={{ display: "flex", fontSize: 24, color: "#5c544a", marginTop: 6 }}>{card.footerDetail}</div>}
            </div>
            <div style={{ display: "flex", gap: 12 }}>
              {(card.tags ?? []).slice(0, 3).map((tag) => (
                <div key={tag} style={{ display: "flex", fontSize: 22, fontWeight: 500, color: "#7c2d12", background: "#fbeee6", borderRadius: 999, padding: "8px 20px" }}>
                  {tag}
                </div>
              ))}
            </div>
          </div>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: loadFonts() },
  );
}
