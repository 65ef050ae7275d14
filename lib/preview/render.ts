import { formatDate } from "../dates";
import type { ContentProblem } from "../content/problems";
import { fleschLabel } from "../readability/readability";
import type { ChangeStatus } from "./changes";
import type { PreviewPlan, PreviewSection, Visibility } from "./plan";

/** What the summary says about the build that followed the plan. */
export interface BuildReport {
  /** Screenshot files per article slug, relative to the preview folder. */
  screenshots: Record<string, string[]>;
  /** The folder (relative to the preview folder) with the static export, when it was built. */
  site?: string;
  /** The build stopped with an error that is not in the content (its log says why). */
  failed?: boolean;
}

export const SUMMARY_TITLE = "## Voorbeeld van de inhoud";

const changeLabel: Record<ChangeStatus, string> = { added: "nieuw", modified: "gewijzigd", renamed: "hernoemd", deleted: "verwijderd" };
const kindLabel = { article: "Artikel", author: "Auteur" } as const;

/** Escapes text for GitHub Markdown, so a title with * or [ ] stays a title. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function visibilityLabel(visibility: Visibility | undefined): string[] {
  if (visibility?.state === "draft") return ["concept (alleen in dit voorbeeld en onder `npm run dev`)"];
  if (visibility?.state === "scheduled") return [`gepland voor ${formatDate(visibility.date)}`];
  return [];
}

function problemLines(problems: readonly ContentProblem[], withFile: boolean): string[] {
  return problems.map((p) => `  - ${withFile ? `${code(p.file)} ` : ""}regel ${p.line}: ${escapeMarkdown(p.message)}`);
}

function section(s: PreviewSection, build: BuildReport | undefined): string {
  const lines = [`### ${kindLabel[s.kind]} ${changeLabel[s.change]}: ${escapeMarkdown(s.title)}`, ""];
  const address = s.change === "deleted" ? `${code(s.path)} (bestaat niet meer)` : code(s.path);
  lines.push(`- **Adres:** ${address}${s.oldPath ? `, was ${code(s.oldPath)}` : ""}`);
  lines.push(`- **Status:** ${[changeLabel[s.change], ...visibilityLabel(s.visibility)].join(" · ")}`);
  if (s.kind === "author") {
    if (s.role) lines.push(`- **Functie:** ${escapeMarkdown(s.role)}`);
    lines.push(`- **Artikelen:** ${s.articleCount ?? 0}`);
  }
  if (s.authors) lines.push(`- **${s.authors.length === 1 ? "Auteur" : "Auteurs"}:** ${s.authors.map(escapeMarkdown).join(", ")}`);
  if (s.tags) lines.push(`- **Onderwerpen:** ${s.tags.map((t) => (t.isNew ? `${escapeMarkdown(t.label)} (🆕 nieuw onderwerp)` : escapeMarkdown(t.label))).join(", ")}`);
  if (s.words !== undefined) lines.push(`- **Lengte:** ${plural(s.words, "woord", "woorden")}, ${s.readingMinutes} min lezen`);
  if (s.readability) {
    const r = s.readability;
    lines.push(`- **Leesbaarheid:** Flesch–Douma ${r.fleschDouma} (${fleschLabel(r.fleschDouma)}; hoe hoger, hoe makkelijker), ${s.readingMinutes ?? r.readingMinutes} min lezen`);
  }
  if (s.change !== "deleted") {
    const errors = s.problems.filter((p) => p.severity !== "warning");
    const warnings = s.problems.filter((p) => p.severity === "warning");
    if (errors.length === 0 && warnings.length === 0) lines.push("- **Inhoudscontrole:** ✅ geen meldingen");
    if (errors.length > 0) lines.push(`- **Inhoudscontrole:** ❌ ${plural(errors.length, "melding", "meldingen")}`, ...problemLines(errors, false));
    if (warnings.length > 0) {
      lines.push(`- **Spelling en leesbaarheid:** ⚠️ ${plural(warnings.length, "waarschuwing", "waarschuwingen")} (de site wordt wel gebouwd)`, ...problemLines(warnings, false));
    }
  }
  const shots = build?.screenshots[s.slug];
  if (shots?.length) lines.push(`- **Schermafdrukken:** ${shots.map(code).join(", ")}`);
  return lines.join("\n");
}

function headline(plan: PreviewPlan): string {
  const counts = new Map<ChangeStatus, number>();
  for (const s of plan.sections) counts.set(s.change, (counts.get(s.change) ?? 0) + 1);
  const articles = plan.sections.filter((s) => s.kind === "article").length;
  const authors = plan.sections.length - articles;
  const what = [articles && plural(articles, "artikel", "artikelen"), authors && plural(authors, "auteur", "auteurs")].filter(Boolean).join(" en ");
  const detail = (["added", "modified", "renamed", "deleted"] as const).filter((c) => counts.has(c)).map((c) => `${counts.get(c)} ${changeLabel[c]}`);
  return `Deze pull request verandert ${what}: ${detail.join(", ")}.`;
}

/** The summary a pull request with no article or author change gets. */
export function renderNoChanges(): string {
  return `${SUMMARY_TITLE}\n\nDeze pull request verandert geen artikelen of auteurs in \`content/\`, dus er is geen voorbeeld gemaakt.\n`;
}

/** The summary in Dutch GitHub Markdown: every changed article and author, the pages they touch and what breaks. */
export function renderSummary(plan: PreviewPlan, build: BuildReport | undefined): string {
  const out = [SUMMARY_TITLE, "", headline(plan), ""];
  if (plan.problemCount > 0) {
    out.push("> [!CAUTION]", `> De inhoudscontrole vond ${plural(plan.problemCount, "probleem", "problemen")}. De site is daarom niet gebouwd en er zijn geen schermafdrukken: los de meldingen hieronder op.`, "");
  } else if (build?.failed) {
    out.push("> [!CAUTION]", "> De inhoud is in orde, maar de build van de site is mislukt; het log van deze stap zegt waarom. Er zijn geen schermafdrukken.", "");
  } else if (build?.site) {
    out.push(`Schermafdrukken op 375 en 1440 px staan in \`schermafdrukken/\`; de hele site (met concepten, met het label "Concept") staat in \`${build.site}/\`. Zie \`${build.site}/LEESMIJ.txt\` om haar te openen.`, "");
  }
  for (const warning of plan.warnings) {
    out.push("> [!WARNING]");
    out.push(`> ${code(warning.oldPath)} (${escapeMarkdown(warning.title)}) bestaat na deze pull request niet meer${warning.newPath ? `: het artikel staat nu op ${code(warning.newPath)}` : ""}.`);
    if (warning.linkedFrom.length > 0) {
      out.push(`> Deze artikelen linken er nog naar: ${warning.linkedFrom.map((l) => `${escapeMarkdown(l.title)} (${code(l.file)})`).join(", ")}. Pas die links aan.`);
    }
    out.push("> Houd het oude adres werkend: laat de hosting het doorverwijzen naar de nieuwe pagina, zodat bladwijzers, gedeelde links en zoekmachines niet op een 404 uitkomen.", "");
  }
  for (const s of plan.sections) out.push(section(s, build), "");
  if (plan.touched.length > 0) {
    out.push("### Andere pagina's die veranderen", "");
    for (const page of plan.touched) out.push(`- ${escapeMarkdown(page.label)}: ${code(page.path)}`);
    out.push("");
  }
  if (plan.otherProblems.length > 0) {
    out.push("### Meldingen in bestanden die niet veranderd zijn", "", "Deze bestanden heeft de pull request niet aangeraakt, maar ze kloppen niet meer (bijvoorbeeld een link naar een verwijderd artikel):", "");
    out.push(...problemLines(plan.otherProblems, true).map((l) => l.slice(2)), "");
  }
  return out.join("\n");
}
