import fs from "node:fs";
import path from "node:path";
import { phonePhoto } from "./photo";

/** The longest Dutch compounds we could find, in a title, a heading, a tag and the text. */
export const longWords = {
  title: "Carrièremogelijkheden voor informatiebeveiligingsspecialisten en arbeidsmarktcommunicatiemedewerkers",
  heading: "Kindercarnavalsoptochtvoorbereidingswerkzaamhedenplan",
  tag: "Informatiebeveiligingsspecialisten",
  word: "aansprakelijkheidswaardevaststellingsveranderingen",
};

export const fixtureSlug = "carrieremogelijkheden-informatiebeveiliging";
export const captions = {
  lead: "Het team in Utrecht, op de eerste dag van het traineeship",
  below: "Het kantoor aan de Arbeidsmarktcommunicatiemedewerkersstraat",
};

const author = `---
name: "Anna de Boer"
role: "Recruiter informatiebeveiligingsspecialisten"
avatar: /images/authors/anna-de-boer.jpg
---

Anna de Boer zoekt al jaren naar informatiebeveiligingsspecialisten.
`;

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    `Alinea ${i + 1}: wie als ${longWords.word.slice(0, 30)} begint, leest hier over de ${longWords.word} en de ` +
      "arbeidsmarktcommunicatiemedewerkers die het werk van informatiebeveiligingsspecialisten zichtbaar maken. " +
      "Een gewone zin met gewone woorden houdt de alinea leesbaar op een smal scherm.",
  ).join("\n\n");

const article = `---
title: "${longWords.title}"
date: 2025-03-01
author: "Anna de Boer"
excerpt: "Over ${longWords.word} en de ${longWords.heading.toLowerCase()}: lange woorden breken netjes af."
tags: [${longWords.tag}, Arbeidsmarktcommunicatie]
---

![Vijf collega's staan lachend voor een raam met uitzicht op de Dom](/images/teamfoto.jpg "${captions.lead}")

${filler(2)}

## ${longWords.heading}

${filler(8)}

![De open werkplek met lange tafels en planten](/images/kantoor.jpg "${captions.below}")

${filler(3)}
`;

/**
 * Writes the image fixture site: one author with a photo, one article that opens with a
 * 4000 × 3000 phone photo and has a second photo far below the fold, and the longest compounds.
 */
export async function writeImageFixture(root: string): Promise<{ content: string; publicDir: string }> {
  const content = path.join(root, "content");
  const publicDir = path.join(root, "public");
  const files: Record<string, string | Buffer> = {
    [path.join(content, "authors/anna-de-boer.md")]: author,
    [path.join(content, `articles/${fixtureSlug}.mdx`)]: article,
    [path.join(publicDir, "images/teamfoto.jpg")]: await phonePhoto(4000, 3000, 1),
    [path.join(publicDir, "images/kantoor.jpg")]: await phonePhoto(3000, 2000, 2),
    [path.join(publicDir, "images/authors/anna-de-boer.jpg")]: await phonePhoto(600, 600, 3),
  };
  fs.rmSync(content, { recursive: true, force: true });
  for (const [file, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  }
  return { content, publicDir };
}
