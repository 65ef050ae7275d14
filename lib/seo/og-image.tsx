import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { site } from "../site";
import { emojiDataUrl, ogFonts } from "./og-assets";

/** What a social image shows: a small kicker, a large title, tags and a footer line. */
export interface OgCard {
  kicker: string;
  title: string;
  tags?: readonly string[];
  footer: string;
  footerDetail?: string;
}

export const OG_SIZE = { width: 1200, height: 630 } as const;

/**
 * Emoji come from Twemoji's SVGs on disk. For a letter no font has, nothing is fetched: the content
 * check refuses such text before it gets here (lib/content/drawable.ts).
 */
async function loadAdditionalAsset(code: string, segment: string): Promise<string | []> {
  return (code === "emoji" && emojiDataUrl(segment)) || [];
}

/** Renders a 1200×630 PNG in the site's style: warm paper, serif title, accent rule. Offline: fonts and emoji ship with npm. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 62 : 72;
  const svg = await satori(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: "#fbf8f3", fontFamily: "Inter, Inter Latin Ext" }}>
        <div style={{ width: 18, height: "100%", background: "#9a3412" }} />
        <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "64px 80px 56px 72px" }}>
          <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 30, fontWeight: 600, color: "#1f1b16", fontFamily: "Source Serif, Source Serif Latin Ext" }}>
            <svg width="44" height="44" viewBox="0 0 32 32">
              <circle cx="16" cy="16" r="14" fill="none" stroke="#9a3412" strokeWidth="2.5" />
              <path d="M16 6l4 10-4 10-4-10z" fill="#9a3412" />
            </svg>
            {site.name}
          </div>
          <div style={{ display: "flex", marginTop: 56, fontSize: 24, fontWeight: 600, color: "#9a3412", letterSpacing: 2, textTransform: "uppercase" }}>
            {card.kicker}
          </div>
          <div style={{ display: "flex", marginTop: 18, fontFamily: "Source Serif, Source Serif Latin Ext", fontWeight: 600, fontSize: titleSize, lineHeight: 1.12, color: "#1f1b16", letterSpacing: -1 }}>
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
    { ...OG_SIZE, fonts: ogFonts(), loadAdditionalAsset },
  );
  const { pixels, width, height } = new Resvg(svg, { fitTo: { mode: "width", value: OG_SIZE.width } }).render();
  // A 256-colour palette looks the same on this flat design and makes the PNG less than half the
  // size (about 18 KB instead of 42 KB), which the static export carries once per article.
  return sharp(pixels, { raw: { width, height, channels: 4 } }).png({ palette: true, effort: 1, dither: 0 }).toBuffer();
}
