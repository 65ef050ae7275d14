import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * `npm run preview:pr` end to end, on a temporary git repository holding a copy of content/: a base
 * commit, then a pull request that adds an article with a new tag and a draft, edits the seed
 * article, renames one article and removes another that two articles still link to. The first run
 * stops at the content check (those links); after the links are fixed the second run builds the site.
 */

const root = path.resolve(import.meta.dirname, "..");
const repo = fs.mkdtempSync(path.join(os.tmpdir(), "preview-pr-"));
const content = path.join(repo, "content");
const out = path.join(repo, "preview");
const articles = path.join(content, "articles");

const git = (...args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn("git", ["-c", "user.name=Test", "-c", "user.email=test@example.nl", "-c", "commit.gpgsign=false", ...args], { cwd: repo, stdio: "ignore" });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git ${args.join(" ")}: exit ${code}`))));
  });

function previewPr(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "preview:pr", "--", "--base", "basis", "--out", out], { cwd: root, env: { ...process.env, CONTENT_DIR: content } });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const summary = () => fs.readFileSync(path.join(out, "samenvatting.md"), "utf8");
const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(articles, file), change(fs.readFileSync(path.join(articles, file), "utf8")));

const newArticle = `---
title: "Solliciteren bij een consultancybureau"
date: 2025-10-20
author: "Jeroen Bakker"
excerpt: "Zo bereid je je voor op de case, de vragen en de klik."
tags: [Consultancy, Sollicitatie]
---

Een gesprek bij een consultancybureau voelt anders dan een gewoon sollicitatiegesprek.

## De case

Bijna elk bureau geeft je een case. Lees ook [je eerste klantopdracht](/artikelen/je-eerste-klantopdracht).

Een goede voorbereidng helpt.
`;
const draft = newArticle.replace('"Solliciteren bij een consultancybureau"', '"Een concept over netwerken"').replace("tags: [Consultancy, Sollicitatie]", "tags: [Carrière]\ndraft: true");

beforeAll(async () => {
  fs.cpSync(path.join(root, "content"), content, { recursive: true });
  await git("init", "-q", "-b", "main");
  await git("add", ".");
  await git("commit", "-q", "-m", "basis");
  await git("tag", "basis");
  fs.writeFileSync(path.join(articles, "solliciteren-bij-consultancy.mdx"), newArticle);
  fs.writeFileSync(path.join(articles, "netwerken-concept.mdx"), draft);
  edit("werken-in-it-consultancy.mdx", (text) => `${text}\nEen alinea die deze pull request toevoegt.\n`);
  fs.renameSync(path.join(articles, "van-developer-naar-architect.mdx"), path.join(articles, "developer-wordt-architect.mdx"));
  fs.rmSync(path.join(articles, "een-jaar-als-trainee.mdx"));
  await git("add", "-A");
  await git("commit", "-q", "-m", "pull request");
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe("npm run preview:pr", () => {
  it("summarises every change, marks the new tag, and stops at links to the removed article", async () => {
    const { code, output } = await previewPr();
    expect(code, output).toBe(1);
    const text = summary();
    expect(text).toContain("Deze pull request verandert 5 artikelen: 2 nieuw, 1 gewijzigd, 1 hernoemd, 1 verwijderd.");
    expect(text).toContain("### Artikel nieuw: Solliciteren bij een consultancybureau\n\n- **Adres:** `/artikelen/solliciteren-bij-consultancy`\n- **Status:** nieuw\n- **Auteur:** Jeroen Bakker\n- **Onderwerpen:** Consultancy, Sollicitatie (🆕 nieuw onderwerp)\n- **Lengte:**");
    expect(text).toMatch(/### Artikel nieuw: Een concept over netwerken\n\n.*\n- \*\*Status:\*\* nieuw · concept/);
    expect(text).toContain("### Artikel gewijzigd: Werken in IT-Consultancy: Tussen Techniek en Mens");
    expect(text).toContain("### Artikel hernoemd: Van developer naar architect: zo maak je de overstap\n\n- **Adres:** `/artikelen/developer-wordt-architect`, was `/artikelen/van-developer-naar-architect`");
    expect(text).toContain("### Artikel verwijderd: Een jaar als trainee: wat je maand voor maand kunt verwachten");
    expect(text).toContain("> `/artikelen/een-jaar-als-trainee` (Een jaar als trainee: wat je maand voor maand kunt verwachten) bestaat na deze pull request niet meer.");
    expect(text).toMatch(/Deze artikelen linken er nog naar: .*content\/articles\/overstappen-naar-it\.mdx.*content\/articles\/starten-als-data-engineer\.mdx/);
    expect(text).toContain("De site is daarom niet gebouwd");
    expect(text).toMatch(/- `.*content\/articles\/starten-als-data-engineer\.mdx` regel \d+: link naar \/artikelen\/een-jaar-als-trainee/);
    expect(fs.existsSync(path.join(out, "site"))).toBe(false);
  });

  it("once the links are fixed, builds the site with drafts and screenshots every added or changed article", async () => {
    for (const file of ["overstappen-naar-it.mdx", "starten-als-data-engineer.mdx"]) edit(file, (text) => text.replaceAll("/artikelen/een-jaar-als-trainee", "/tags/traineeship"));
    await git("commit", "-q", "-am", "links fixed");
    const { code, output } = await previewPr();
    expect(code, output).toBe(0);
    const text = summary();
    expect(text).toContain("- **Inhoudscontrole:** ✅ geen meldingen");
    expect(text).not.toContain("❌");
    // A typo is a warning under its article, with the readability figures; it does not stop the build.
    expect(text).toMatch(/### Artikel nieuw: Solliciteren bij een consultancybureau\n(.*\n)*- \*\*Leesbaarheid:\*\* Flesch–Douma -?\d+ \(.*\), 1 min lezen\n- \*\*Spelling en leesbaarheid:\*\* ⚠️ 1 waarschuwing \(de site wordt wel gebouwd\)\n {2}- regel 15: "voorbereidng" staat niet in het woordenboek; bedoel je "voorbereiding"/);
    expect(text).toContain("bestaat na deze pull request niet meer: het artikel staat nu op `/artikelen/developer-wordt-architect`");
    expect(text).toContain("- Onderwerp Sollicitatie: `/tags/sollicitatie`");
    expect(text).toContain("- Home (bij de nieuwste artikelen): `/`");

    const shots = ["solliciteren-bij-consultancy", "netwerken-concept", "werken-in-it-consultancy", "developer-wordt-architect", "overstappen-naar-it"];
    for (const slug of shots) {
      for (const width of [375, 1440]) {
        const png = fs.readFileSync(path.join(out, "schermafdrukken", `${slug}-${width}.png`));
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        expect(png.readUInt32BE(16), `${slug}-${width}.png width`).toBe(width);
      }
    }
    expect(fs.readdirSync(path.join(out, "schermafdrukken"))).toHaveLength(shots.length * 2 + 2); // starten-als-data-engineer too
    const site = path.join(out, "site");
    expect(fs.readFileSync(path.join(site, "index.html"), "utf8")).toContain("Solliciteren bij een consultancybureau");
    expect(fs.readFileSync(path.join(site, "artikelen", "netwerken-concept.html"), "utf8")).toContain("Concept");
    expect(fs.existsSync(path.join(site, "artikelen", "een-jaar-als-trainee.html"))).toBe(false);
    expect(fs.readFileSync(path.join(site, "LEESMIJ.txt"), "utf8")).toContain("npx serve");
  });
});
