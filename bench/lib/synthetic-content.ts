import fs from "node:fs";
import path from "node:path";

/** A realistic vocabulary: the distinct words of the site's own articles (a few thousand). */
function vocabulary(): string[] {
  const dir = path.resolve(import.meta.dirname, "../../content/articles");
  const text = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8").split("---").slice(2).join(" ")).join(" ");
  return [...new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
}
const WORDS = vocabulary();

/** A deterministic pseudo-random generator, so every run builds the same site. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function sentence(next: () => number, words: number): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(" ")}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 4 }, () => sentence(next, 10 + Math.floor(next() * 8))).join(" ");
}

/**
 * Writes `count` synthetic articles (about 450 words each, spread over 30 tags and 10 authors, with
 * headings, a list, a pull quote and now and then a code block) into `dir`/articles and `dir`/authors.
 */
export function writeSyntheticContent(dir: string, count: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "articles"), { recursive: true });
  fs.mkdirSync(path.join(dir, "authors"), { recursive: true });
  const tags = Array.from({ length: 30 }, (_, i) => `Onderwerp ${String(i + 1).padStart(2, "0")}`);
  for (let a = 1; a <= 10; a++) {
    const id = String(a).padStart(2, "0");
    fs.writeFileSync(path.join(dir, "authors", `auteur-${id}.md`), `---\nname: "Auteur ${id}"\nrole: "Consultant"\n---\n\nAuteur ${id} schrijft over werken in IT.\n`);
  }
  const next = random(count);
  for (let i = 1; i <= count; i++) {
    const id = String(i).padStart(5, "0");
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const picked = [...new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, () => tags[Math.floor(next() * tags.length)]!))];
    const code = i % 10 === 0 ? "\n```sql\nSELECT klant_id, COUNT(*) FROM orders GROUP BY klant_id;\n```\n" : "";
    const body = [
      paragraph(next),
      `## Eerste deel over ${WORDS[i % WORDS.length]}`,
      paragraph(next),
      paragraph(next),
      `## Tweede deel`,
      `- ${sentence(next, 6)}\n- ${sentence(next, 7)}\n- ${sentence(next, 5)}`,
      paragraph(next),
      `<PullQuote cite="Collega ${id}" role="consultant">\n${sentence(next, 14)}\n</PullQuote>`,
      `## Derde deel`,
      paragraph(next) + code,
      paragraph(next),
    ].join("\n\n");
    fs.writeFileSync(
      path.join(dir, "articles", `synthetisch-artikel-${id}.mdx`),
      `---\ntitle: "Synthetisch artikel ${id} over ${WORDS[i % WORDS.length]}"\ndate: ${day}\nauthor: "Auteur ${String(1 + (i % 10)).padStart(2, "0")}"\nexcerpt: "${sentence(next, 16)}"\ntags: [${picked.join(", ")}]\n---\n\n${body}\n`,
    );
  }
}
