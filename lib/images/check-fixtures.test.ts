import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../content/read";
import { formatProblem } from "../content/problems";

/**
 * lib/fixtures/images holds one article per image rule, with its own public/ folder of small
 * images (a HEIC header, a 600 px PNG, a 9000 px strip, a GIF). Each row is what an editor sees.
 */
const fixtures = path.join(import.meta.dirname, "../fixtures/images");
const expected: string[] = [
  "articles/gif.mdx:11:1  /images/animatie.gif is een GIF-bestand; de site kan alleen JPEG, PNG, WebP, AVIF en SVG gebruiken (met de bijpassende extensie). Sla de afbeelding opnieuw op als JPEG (foto's) of PNG (tekeningen, schermafbeeldingen). [afbeelding-formaat]",
  "articles/heic-als-jpg.mdx:11:1  /images/stiekem-heic.jpg is een HEIC-foto (zo bewaart een iPhone foto's) en die kan de site niet lezen. Exporteer haar als JPEG: open de foto op een Mac in Voorvertoning en kies Archief › Exporteer › Structuur: JPEG, of deel haar vanaf de iPhone via AirDrop of mail met de optie 'Meest compatibel'. Zet het .jpg-bestand op dezelfde plek en pas de naam in de tekst aan. [afbeelding-formaat]",
  "articles/iphone-foto.mdx:11:1  /images/iphone-foto.heic is een HEIC-foto (zo bewaart een iPhone foto's) en die kan de site niet lezen. Exporteer haar als JPEG: open de foto op een Mac in Voorvertoning en kies Archief › Exporteer › Structuur: JPEG, of deel haar vanaf de iPhone via AirDrop of mail met de optie 'Meest compatibel'. Zet het .jpg-bestand op dezelfde plek en pas de naam in de tekst aan. [afbeelding-formaat]",
  "articles/te-groot.mdx:11:1  /images/enorm.png is 9000 × 20 pixels: veel groter dan de site ooit toont (hoogstens 8000 pixels en 20 MB). Verklein haar tot ongeveer 3000 pixels breed en sla haar opnieuw op; de site maakt zelf de kleinere versies. [afbeelding-te-groot]",
  "articles/te-klein.mdx:11:1  waarschuwing: /images/klein.png is maar 600 pixels breed; in de tekstkolom wordt ze op een scherm met dubbele pixeldichtheid (de meeste telefoons en laptops) wazig. Gebruik een versie van minstens 1344 pixels breed als je die hebt. [afbeelding-te-klein]",
  "authors/jeroen-bakker.md:4:1  waarschuwing: /images/authors/klein.png is maar 120 pixels breed; als auteursfoto wordt ze op een scherm met dubbele pixeldichtheid (de meeste telefoons en laptops) wazig. Gebruik een versie van minstens 192 pixels breed als je die hebt. [afbeelding-te-klein]",
];

describe("content check on the image fixtures", () => {
  const before = process.env.PUBLIC_DIR;
  beforeAll(() => void (process.env.PUBLIC_DIR = path.join(fixtures, "public")));
  afterAll(() => void (process.env.PUBLIC_DIR = before));

  it("reports each image rule at its line, with the file's name, in Dutch, and nothing else", () => {
    const { problems } = readContent(fixtures);
    expect(problems.map((p) => formatProblem({ ...p, file: path.relative(fixtures, p.file) }))).toEqual(expected);
  });

  it("lets a sharp image with a caption pass, and treats a blurry one as a warning only", () => {
    const { problems, articles } = readContent(fixtures);
    expect(articles.map((a) => a.slug)).toContain("geldig");
    expect(problems.filter((p) => p.file.endsWith("geldig.mdx"))).toEqual([]);
    expect(problems.filter((p) => p.severity === "warning").map((p) => path.basename(p.file))).toEqual(["te-klein.mdx", "jeroen-bakker.md"]);
  });
});
