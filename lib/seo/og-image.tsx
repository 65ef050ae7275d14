import satori, { type SatoriNode } from "satori";
import { Resvg } from "@resvg/resvg-js";
import { site } from "../site";
import { emojiDataUrl, ogFonts } from "./og-assets";
import { choosePalette, ColourCounter, encodeIndexedPng, type Palette } from "./og-png";

/** What a social image shows: a small kicker, a large title, tags and a footer line. */
export interface OgCard {
  kicker: string;
  title: string;
  tags?: readonly string[];
  footer: string;
  footerDetail?: string;
}

export const OG_SIZE = { width: 1200, height: 630 } as const;
const { width: W, height: H } = OG_SIZE;

/** The header row's height (the 44 px logo; the site name's line is lower), kept by the text layer as an empty box. */
const HEADER_HEIGHT = 44;

/** A rectangle on the card in whole pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Emoji come from Twemoji's SVGs on disk. For a letter no font has, nothing is fetched: the content
 * check refuses such text before it gets here (lib/content/drawable.ts).
 */
async function loadAdditionalAsset(code: string, segment: string): Promise<string | []> {
  return (code === "emoji" && emojiDataUrl(segment)) || [];
}

/**
 * The card's design as one layout drawn in two layers. "background" draws what cards share (paper,
 * accent bar, logo, site name and the footer rule at `rule`); "text" draws what each card says, in
 * the same places, on transparency, and marks each drawn part with data-ink for `inkBoxes`.
 */
function cardLayout(card: OgCard, layer: "background" | "text", rule?: Box) {
  const text = layer === "text";
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 62 : 72;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: text ? undefined : "#fbf8f3", fontFamily: "Inter, Inter Latin Ext" }}>
      <div style={{ width: 18, height: "100%", flexShrink: 0, background: text ? undefined : "#9a3412" }} />
      {rule && <div style={{ position: "absolute", ...rule, background: "#e6dfd3" }} />}
      <div style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column", padding: "64px 80px 56px 72px" }}>
        {text ? (
          <div style={{ height: HEADER_HEIGHT }} />
        ) : (
          <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 30, fontWeight: 600, color: "#1f1b16", fontFamily: "Source Serif, Source Serif Latin Ext" }}>
            <svg width={HEADER_HEIGHT} height={HEADER_HEIGHT} viewBox="0 0 32 32">
              <circle cx="16" cy="16" r="14" fill="none" stroke="#9a3412" strokeWidth="2.5" />
              <path d="M16 6l4 10-4 10-4-10z" fill="#9a3412" />
            </svg>
            {site.name}
          </div>
        )}
        {text && (
          <>
            <div data-ink style={{ display: "flex", alignSelf: "flex-start", marginTop: 56, fontSize: 24, fontWeight: 600, color: "#9a3412", letterSpacing: 2, textTransform: "uppercase" }}>
              {card.kicker}
            </div>
            <div data-ink style={{ display: "flex", marginTop: 18, fontFamily: "Source Serif, Source Serif Latin Ext", fontWeight: 600, fontSize: titleSize, lineHeight: 1.12, color: "#1f1b16", letterSpacing: -1, wordBreak: "break-word" }}>
              {card.title}
            </div>
            <div style={{ flex: 1 }} />
            <div data-rule style={{ height: 2 }} />
            <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", paddingTop: 28 }}>
              <div style={{ display: "flex", flexDirection: "column" }}>
                <div data-ink style={{ display: "flex", fontSize: 28, fontWeight: 600, color: "#1f1b16" }}>{card.footer}</div>
                {card.footerDetail && <div data-ink style={{ display: "flex", fontSize: 24, color: "#5c544a", marginTop: 6 }}>{card.footerDetail}</div>}
              </div>
              <div style={{ display: "flex", gap: 12 }}>
                {(card.tags ?? []).slice(0, 3).map((tag) => (
                  <div data-ink key={tag} style={{ display: "flex", fontSize: 22, fontWeight: 500, color: "#7c2d12", background: "#fbeee6", borderRadius: 999, padding: "8px 20px" }}>
                    {tag}
                  </div>
                ))}
              </div>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

const resvgOptions = { font: { loadSystemFonts: false } } as const;

/** The box of a laid-out part, grown by how far its glyphs may reach past it (a serif title's tall letters and tails), in whole pixels on the card. */
function inkBox(node: SatoriNode): Box {
  const size = Number((node.props.style as { fontSize?: number } | undefined)?.fontSize ?? 0);
  const margin = Math.ceil(size * 0.16) + 1;
  const left = Math.min(W, Math.max(0, Math.floor(node.left - margin)));
  const top = Math.min(H, Math.max(0, Math.floor(node.top - margin)));
  return { left, top, width: Math.max(0, Math.min(W, Math.ceil(node.left + node.width + margin)) - left), height: Math.max(0, Math.min(H, Math.ceil(node.top + node.height + margin)) - top) };
}

const area = (b: Box) => b.width * b.height;
const union = (a: Box, b: Box): Box => {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
};
const overlap = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Each box is drawn by itself; drawing a box costs about as much as 20,000 pixels of canvas. */
const BOX_COST = 20_000;

/**
 * The regions to draw: the parts' boxes, merged where they overlap (a pixel must be laid once) or
 * where one box costs less than two. Pure.
 */
export function inkRegions(boxes: readonly Box[]): Box[] {
  const regions = boxes.filter((box) => area(box) > 0);
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < regions.length && !merged; i++) {
      for (let j = i + 1; j < regions.length && !merged; j++) {
        const [a, b] = [regions[i]!, regions[j]!];
        const both = union(a, b);
        if (overlap(a, b) || area(both) < area(a) + area(b) + BOX_COST) {
          regions.splice(j, 1);
          regions[i] = both;
          merged = true;
        }
      }
    }
  }
  return regions;
}

interface Background {
  rgba: Buffer;
  indices: Uint8Array;
  palette: Palette;
}

const backgrounds = new Map<string, Promise<Background>>();
/** The shared layer with the footer rule at `rule`, drawn and given its colours once per process. */
function background(rule: Box | undefined): Promise<Background> {
  const key = JSON.stringify(rule ?? null);
  let made = backgrounds.get(key);
  if (!made) {
    made = satori(cardLayout({ kicker: "", title: "", footer: "" }, "background", rule), { ...OG_SIZE, fonts: ogFonts(), loadAdditionalAsset }).then((svg) => {
      const rgba = new Resvg(svg, resvgOptions).render().pixels;
      const counter = new ColourCounter();
      const slots = new Uint16Array(W * H);
      for (let p = 0; p < W * H; p++) slots[p] = counter.add((rgba[p * 4]! << 16) | (rgba[p * 4 + 1]! << 8) | rgba[p * 4 + 2]!);
      // Half the palette for the shared layer leaves the other half for each card's own colours.
      const palette = choosePalette(counter.tally(), undefined, 128);
      const index = counter.indexed(palette);
      const indices = new Uint8Array(W * H);
      for (let p = 0; p < W * H; p++) indices[p] = index[slots[p]!]!;
      return { rgba, indices, palette };
    });
    backgrounds.set(key, made);
  }
  return made;
}

// Kept between images: fresh memory is slow to touch, and every card has the same size.
const indices = new Uint8Array(W * H);
const inkAt = new Int32Array(W * H);
const inkSlot = new Uint16Array(W * H);
const counter = new ColourCounter();

/** Renders a 1200×630 PNG in the site's style: warm paper, serif title, accent rule. Offline: fonts and emoji ship with npm. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const boxes: Box[] = [];
  let rule: Box | undefined;
  const svg = await satori(cardLayout(card, "text"), {
    ...OG_SIZE,
    fonts: ogFonts(),
    loadAdditionalAsset,
    onNodeDetected: (node) => {
      if (node.props["data-ink"] !== undefined) boxes.push(inkBox(node));
      if (node.props["data-rule"] !== undefined) rule = { left: node.left, top: node.top, width: node.width, height: node.height };
    },
  });
  const shared = await background(rule);
  indices.set(shared.indices);
  // Only the regions with text are drawn (drawing costs by the pixel), each laid over the shared layer.
  let inked = 0;
  counter.clear();
  // The text layer is parsed once; each region is drawn from it by moving the crop.
  const resvg = new Resvg(svg, resvgOptions);
  for (const region of inkRegions(boxes)) {
    const crop = resvg.getBBox();
    if (!crop) break;
    resvg.cropByBBox(Object.assign(crop, { x: region.left, y: region.top, width: region.width, height: region.height }));
    const { pixels } = resvg.render();
    for (let y = 0; y < region.height; y++) {
      for (let x = 0; x < region.width; x++) {
        const s = (y * region.width + x) * 4;
        const a = pixels[s + 3]!;
        if (a === 0) continue;
        const at = (region.top + y) * W + region.left + x;
        const d = at * 4;
        // The text layer is premultiplied: colour = text + paper × (1 − alpha).
        const k = 255 - a;
        const r = pixels[s]! + ((shared.rgba[d]! * k + 127) / 255) | 0;
        const g = pixels[s + 1]! + ((shared.rgba[d + 1]! * k + 127) / 255) | 0;
        const b = pixels[s + 2]! + ((shared.rgba[d + 2]! * k + 127) / 255) | 0;
        inkAt[inked] = at;
        inkSlot[inked++] = counter.add((r << 16) | (g << 8) | b);
      }
    }
  }
  const palette = choosePalette(counter.tally(), shared.palette);
  const index = counter.indexed(palette);
  for (let i = 0; i < inked; i++) indices[inkAt[i]!] = index[inkSlot[i]!]!;
  return encodeIndexedPng(indices, W, H, palette.colours);
}
