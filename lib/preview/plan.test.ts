import { describe, expect, it } from "vitest";
import type { Article, Author } from "../content/articles";
import { toTag } from "../tags";
import type { ContentChange } from "./changes";
import { planPreview } from "./plan";
import { renderNoChanges, renderSummary } from "./render";

const jeroen: Author = { slug: "jeroen-bakker", name: "Jeroen Bakker", role: "Senior IT-consultant", links: {}, bio: [] };
const sanne: Author = { slug: "sanne-de-vries", name: "Sanne de Vries", role: "Data engineer", links: {}, bio: [] };

function article(slug: string, fields: Partial<Article> & { tagLabels?: string[] } = {}): Article {
  const { tagLabels = ["IT"], ...rest } = fields;
  return {
    slug, title: `Titel ${slug}`, date: "2025-01-01", draft: false, excerpt: "Kort.", tags: tagLabels.map(toTag), authors: [jeroen],
    readingMinutes: 1, file: `content/articles/${slug}.mdx`, body: "Een twee drie vier.", headings: [], text: "Een twee drie vier.", ...rest,
  };
}

const today = "2025-06-01";
const base = [
  article("seed", { date: "2025-02-10", tagLabels: ["IT", "Consultancy"] }),
  article("oud", { date: "2024-01-01" }),
  article("weg", { date: "2024-02-01", title: "Het verdwenen artikel" }),
  article("linkt", { date: "2023-01-01", body: "Zie [dit](/artikelen/weg) en [dat](/artikelen/oud#kop) en /artikelen/wegwijs.", authors: [sanne] }),
];
const change = (status: ContentChange["status"], slug: string, oldSlug?: string): ContentChange => ({
  kind: "article", status, slug, file: `content/articles/${slug}.mdx`, ...(oldSlug ? { oldSlug, oldFile: `content/articles/${oldSlug}.mdx` } : {}),
});
const changes = [change("deleted", "weg"), change("added", "nieuw"), change("renamed", "hernoemd", "oud"), change("modified", "seed"), change("added", "concept"), change("added", "later")];
const after = {
  articles: [
    article("nieuw", { date: "2025-05-01", tagLabels: ["IT", "Kunstmatige intelligentie"], body: "Een ".repeat(450) }),
    article("seed", { date: "2025-02-10", tagLabels: ["IT", "Consultancy"], title: "Werken in IT-consultancy *vernieuwd*" }),
    article("hernoemd", { date: "2024-01-01" }),
    article("linkt", base[3]!),
    article("concept", { draft: true, tagLabels: ["Data"] }),
    article("later", { date: "2025-09-15" }),
    article("elders", { date: "2022-01-01", body: "Zie [de weg terug](/artikelen/weg-terug) en [oud nieuws][on].\n\n[on]: /artikelen/oud-nieuws\n" }),
  ],
  authors: [jeroen, sanne],
  problems: [
    { file: "content/articles/linkt.mdx", line: 9, column: 5, message: "link to /artikelen/weg, a page that does not exist; check the slug" },
    { file: "/tmp/x/content/articles/seed.mdx", line: 12, column: 1, message: "heading level 4 follows level 2" },
    { file: "content/articles/nieuw.mdx", line: 8, column: 3, message: '"ontwikelaar" staat niet in het woordenboek [spelling]', severity: "warning" as const },
    { file: "content/articles/elders.mdx", line: 3, column: 1, message: "deze zin heeft 31 woorden [zin-te-lang]", severity: "warning" as const },
  ],
};

describe("the preview plan", () => {
  const plan = planPreview(changes, { articles: base, authors: [jeroen, sanne] }, after, today);
  const byslug = new Map(plan.sections.map((s) => [s.slug, s]));

  it("has one section per change, in the order new, changed, renamed, removed", () => {
    expect(plan.sections.map((s) => `${s.change}:${s.slug}`)).toEqual(["added:concept", "added:later", "added:nieuw", "modified:seed", "renamed:hernoemd", "deleted:weg"]);
    expect(byslug.get("hernoemd")).toMatchObject({ path: "/artikelen/hernoemd", oldPath: "/artikelen/oud" });
    expect(byslug.get("weg")).toMatchObject({ title: "Het verdwenen artikel", screenshot: false });
    expect(byslug.get("nieuw")).toMatchObject({ words: 450, readingMinutes: 1, authors: ["Jeroen Bakker"], screenshot: true, visibility: { state: "published" } });
  });

  it("marks drafts and scheduled articles, and tags no published article had before", () => {
    expect(byslug.get("concept")?.visibility).toEqual({ state: "draft" });
    expect(byslug.get("later")?.visibility).toEqual({ state: "scheduled", date: "2025-09-15" });
    expect(byslug.get("nieuw")?.tags?.map((t) => [t.label, t.isNew])).toEqual([["IT", false], ["Kunstmatige intelligentie", true]]);
    expect(byslug.get("concept")?.tags?.[0]?.isNew).toBe(true);
  });

  it("gives each file its own check result and keeps the others apart", () => {
    expect(byslug.get("seed")?.problems.map((p) => p.line)).toEqual([12]);
    expect(byslug.get("nieuw")?.problems.map((p) => p.severity)).toEqual(["warning"]);
    expect(byslug.get("hernoemd")?.problems).toEqual([]);
    expect(plan.otherProblems.map((p) => p.file)).toEqual(["content/articles/linkt.mdx"]);
    expect(plan.problemCount).toBe(2);
  });

  it("lists the pages that change through published articles only", () => {
    const touched = plan.touched.map((p) => p.path);
    expect(touched).toEqual(expect.arrayContaining(["/", "/artikelen", "/tags", "/tags/it", "/tags/kunstmatige-intelligentie", "/tags/consultancy", "/feed.xml", "/tags/it/feed.xml", "/auteurs/jeroen-bakker"]));
    expect(touched).not.toContain("/tags/data"); // only the draft has it
    expect(touched).not.toContain("/auteurs/sanne-de-vries");
  });

  it("warns when a removed or renamed article leaves its old address and links behind", () => {
    expect(plan.warnings).toEqual([
      { oldPath: "/artikelen/oud", title: "Titel oud", newPath: "/artikelen/hernoemd", linkedFrom: [{ title: "Titel linkt", file: "content/articles/linkt.mdx" }] },
      { oldPath: "/artikelen/weg", title: "Het verdwenen artikel", linkedFrom: [{ title: "Titel linkt", file: "content/articles/linkt.mdx" }] },
    ]);
  });

  it("renders it as Dutch Markdown an editor can act on", () => {
    const text = renderSummary(plan, { screenshots: { nieuw: ["schermafdrukken/nieuw-375.png", "schermafdrukken/nieuw-1440.png"] }, site: "site" });
    for (const part of [
      "Deze pull request verandert 6 artikelen: 3 nieuw, 1 gewijzigd, 1 hernoemd, 1 verwijderd.",
      "### Artikel nieuw: Titel nieuw",
      "### Artikel gewijzigd: Werken in IT-consultancy \\*vernieuwd\\*",
      "- **Onderwerpen:** IT, Kunstmatige intelligentie (🆕 nieuw onderwerp)",
      "- **Lengte:** 450 woorden, 1 min lezen",
      "- **Spelling en leesbaarheid:** ⚠️ 1 waarschuwing (de site wordt wel gebouwd)\n  - regel 8: \"ontwikelaar\" staat niet in het woordenboek \\[spelling\\]",
      "- **Status:** nieuw · gepland voor 15 september 2025",
      "- **Adres:** `/artikelen/hernoemd`, was `/artikelen/oud`",
      "- **Status:** verwijderd",
      "- **Inhoudscontrole:** ❌ 1 melding\n  - regel 12: heading level 4 follows level 2",
      "- **Inhoudscontrole:** ✅ geen meldingen",
      "- **Schermafdrukken:** `schermafdrukken/nieuw-375.png`, `schermafdrukken/nieuw-1440.png`",
      "> `/artikelen/weg` (Het verdwenen artikel) bestaat na deze pull request niet meer.",
      "> Deze artikelen linken er nog naar: Titel linkt (`content/articles/linkt.mdx`)",
      "De site is daarom niet gebouwd",
      "### Andere pagina's die veranderen",
      "- Onderwerp Kunstmatige intelligentie: `/tags/kunstmatige-intelligentie`",
      "- `content/articles/linkt.mdx` regel 9: link to /artikelen/weg",
    ]) expect(text).toContain(part);
    expect(text).toMatch(/- \*\*Status:\*\* nieuw · concept/);
    expect(text).toMatch(/### Artikel nieuw: Titel nieuw\n(.*\n)*- \*\*Leesbaarheid:\*\* Flesch–Douma -?\d+ \(.*; hoe hoger, hoe makkelijker\), 1 min lezen/);
    expect(text).not.toContain("elders.mdx");
  });

  it("counts errors only: warnings (spelling, readability) never stop the preview", () => {
    expect(plan.problemCount).toBe(2);
    const warned = planPreview([changes[1]!], { articles: base, authors: [jeroen] }, { ...after, problems: after.problems.filter((p) => p.severity === "warning") }, today);
    expect(warned.problemCount).toBe(0);
    expect(warned.sections[0]!.problems).toHaveLength(1);
    expect(renderSummary(warned, { screenshots: {}, site: "site" })).not.toContain("niet gebouwd");
  });

  it("says so when there is nothing to preview", () => {
    expect(renderNoChanges()).toContain("verandert geen artikelen of auteurs");
    const clean = planPreview([changes[1]!], { articles: base, authors: [jeroen] }, { ...after, problems: [] }, today);
    const text = renderSummary(clean, { screenshots: {}, site: "site" });
    expect(text).not.toContain("niet gebouwd");
    expect(text).toContain("`site/LEESMIJ.txt`");
    expect(renderSummary(clean, { screenshots: {}, failed: true })).toContain("de build van de site is mislukt");
  });
});

describe("an author's section", () => {
  it("shows the name, role and articles of an added author, and their pages", () => {
    const lotte: Author = { slug: "lotte-jansen", name: "Lotte Jansen", role: "Trainee-coördinator", links: {}, bio: [] };
    const plan = planPreview(
      [{ kind: "author", status: "added", slug: "lotte-jansen", file: "content/authors/lotte-jansen.md" }],
      { articles: [], authors: [jeroen] },
      { articles: [article("a", { authors: [lotte] })], authors: [jeroen, lotte], problems: [] },
      today,
    );
    expect(plan.sections[0]).toMatchObject({ kind: "author", title: "Lotte Jansen", role: "Trainee-coördinator", articleCount: 1, path: "/auteurs/lotte-jansen" });
    expect(plan.touched.map((p) => p.path)).toEqual(["/auteurs", "/auteurs/lotte-jansen"]);
    expect(renderSummary(plan, undefined)).toContain("### Auteur nieuw: Lotte Jansen\n\n- **Adres:** `/auteurs/lotte-jansen`\n- **Status:** nieuw\n- **Functie:** Trainee-coördinator\n- **Artikelen:** 1");
  });
});
