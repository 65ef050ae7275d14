/**
 * Draws the illustration of "Een jaar als trainee" (public/images/artikelen/een-jaar-als-trainee.png):
 * the traineeship year as a path of twelve months through five phases. An original drawing made
 * with code, so it can be redrawn: `npx tsx scripts/draw-illustration.ts`.
 */
import path from "node:path";
import sharp from "sharp";

const W = 1600;
const H = 900;
const months: [number, number][] = [
  [140, 700], [262, 688], [380, 640], [492, 572], [612, 540], [740, 556],
  [868, 590], [992, 566], [1104, 498], [1214, 418], [1332, 346], [1458, 292],
];
/** The phase of each month, as in the article: months 1–2, 3, 4–6, 7–9 and 10–12. */
const phaseOf = [0, 0, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
/** Each phase's colour, its icon, where the icon stands and the month it points at. */
const phases = [
  { colour: "#9a3412", icon: "book", at: [200, 540], month: 0 },
  { colour: "#b45309", icon: "medal", at: [372, 470], month: 2 },
  { colour: "#4d7c0f", icon: "briefcase", at: [612, 400], month: 4 },
  { colour: "#0f766e", icon: "talk", at: [900, 420], month: 7 },
  { colour: "#1e3a5f", icon: "flag", at: [1300, 190], month: 11 },
] as const;

/** A smooth curve through points (Catmull-Rom turned into cubic Béziers), one piece per stretch. */
function pieces(points: [number, number][]): string[] {
  return points.slice(0, -1).map((p1, i) => {
    const p0 = points[Math.max(0, i - 1)]!, p2 = points[i + 1]!, p3 = points[Math.min(points.length - 1, i + 2)]!;
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    return `M${p1[0]},${p1[1]} C${c1[0]},${c1[1]} ${c2[0]},${c2[1]} ${p2[0]},${p2[1]}`;
  });
}

function icon(kind: string, colour: string): string {
  switch (kind) {
    case "book":
      return `<path d="M-30,-18 Q-15,-26 0,-16 L0,22 Q-15,12 -30,20 Z" fill="${colour}"/><path d="M30,-18 Q15,-26 0,-16 L0,22 Q15,12 30,20 Z" fill="${colour}" opacity="0.75"/>`;
    case "medal":
      return `<path d="M-14,4 L-22,34 L-8,28 L0,40 L6,10 Z M14,4 L22,34 L8,28 L0,40 L-6,10 Z" fill="${colour}" opacity="0.7"/><circle cy="-6" r="20" fill="${colour}"/><circle cy="-6" r="10" fill="#fffaf3"/>`;
    case "briefcase":
      return `<rect x="-30" y="-14" width="60" height="40" rx="6" fill="${colour}"/><path d="M-12,-14 v-8 a4,4 0 0 1 4,-4 h16 a4,4 0 0 1 4,4 v8" fill="none" stroke="${colour}" stroke-width="6"/><rect x="-30" y="2" width="60" height="4" fill="#fffaf3" opacity="0.8"/>`;
    case "talk":
      return `<path d="M-34,-24 h36 a8,8 0 0 1 8,8 v16 a8,8 0 0 1 -8,8 h-22 l-12,10 v-10 h-2 a8,8 0 0 1 -8,-8 v-16 a8,8 0 0 1 8,-8 Z" fill="${colour}"/><path d="M-2,-2 h30 a8,8 0 0 1 8,8 v14 a8,8 0 0 1 -8,8 h-2 v10 l-12,-10 h-16 a8,8 0 0 1 -8,-8 v-14 a8,8 0 0 1 8,-8 Z" fill="${colour}" opacity="0.6"/>`;
    default:
      return `<rect x="-18" y="-32" width="5" height="66" rx="2" fill="${colour}"/><path d="M-13,-32 Q6,-40 24,-30 Q14,-20 24,-8 Q6,-18 -13,-10 Z" fill="${colour}" opacity="0.8"/>`;
  }
}

function tree(x: number, y: number, scale: number, colour: string): string {
  return `<g transform="translate(${x},${y}) scale(${scale})"><rect x="-4" y="-6" width="8" height="26" fill="#7c5a3a"/><path d="M0,-70 L30,-4 L-30,-4 Z" fill="${colour}"/><path d="M0,-92 L22,-40 L-22,-40 Z" fill="${colour}" opacity="0.85"/></g>`;
}

// Each stretch of the path takes the colour of the month it leads to.
const segments = pieces(months)
  .map((d, i) => `<path d="${d}" fill="none" stroke="${phases[phaseOf[i + 1]!]!.colour}" stroke-width="16" stroke-linecap="round"/>`)
  .join("");
const dots = months
  .map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="17" fill="#fffaf3" stroke="${phases[phaseOf[i]!]!.colour}" stroke-width="7"/>`)
  .join("");
const badges = phases
  .map(({ icon: kind, colour, at: [x, y], month }) => {
    const [tx, ty] = months[month]!;
    return (
      `<line x1="${x}" y1="${y + 60}" x2="${tx}" y2="${ty - 22}" stroke="${colour}" stroke-width="3" stroke-dasharray="2 9" stroke-linecap="round"/>` +
      `<g transform="translate(${x},${y})"><circle r="60" fill="#fffaf3" stroke="${colour}" stroke-width="5"/>${icon(kind, colour)}</g>`
    );
  })
  .join("");

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fbf3e6"/><stop offset="1" stop-color="#f3e6d2"/></linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#f6c28b"/><stop offset="1" stop-color="#f6c28b" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="1280" cy="150" r="230" fill="url(#sun)" opacity="0.7"/>
  <path d="M0,560 Q260,430 520,520 T1040,470 T1600,380 V900 H0 Z" fill="#eadbc4"/>
  <path d="M0,660 Q300,560 640,640 T1280,600 T1600,520 V900 H0 Z" fill="#e2cfb2"/>
  <path d="M0,790 Q400,720 800,780 T1600,720 V900 H0 Z" fill="#d8c19f"/>
  ${tree(90, 560, 0.9, "#6b8f3a")}${tree(520, 470, 0.7, "#5c7f33")}${tree(560, 480, 0.55, "#7aa046")}
  ${tree(1040, 700, 1.1, "#4d7c0f")}${tree(1100, 720, 0.8, "#6b8f3a")}${tree(1540, 470, 0.8, "#5c7f33")}
  ${tree(300, 800, 1.2, "#4d7c0f")}${tree(820, 430, 0.6, "#7aa046")}
  <path d="${pieces(months).join(" ")}" fill="none" stroke="#fffaf3" stroke-width="34" stroke-linecap="round" opacity="0.9"/>
  ${segments}
  ${dots}
  ${badges}
</svg>`;

const out = path.join(import.meta.dirname, "..", "public", "images", "artikelen", "een-jaar-als-trainee.png");
await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(out);
console.log(`written ${out}`);
