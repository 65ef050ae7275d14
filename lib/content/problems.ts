import { codeOf, problemCount } from "../check/messages";

/** One thing wrong in a content file, pointing at the line an editor must change. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. content/articles/foo.mdx. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** A warning (an image that will look blurry, say) is reported but does not stop the build. */
  severity?: "error" | "warning";
}

/** Formats a problem as `path:line:column  message`, the shape editors and editors' tools understand. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.severity === "warning" ? "waarschuwing: " : ""}${p.message}`;
}

/** Formats a problem as a GitHub Actions annotation so it shows on the changed line of a pull request. */
export function formatAnnotation(p: ContentProblem): string {
  const escape = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => escape(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const code = codeOf(p.message);
  const title = `Inhoudscontrole${code ? ` [${code}]` : ""}`;
  return `::${p.severity === "warning" ? "warning" : "error"} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(title)}::${escape(p.message)}`;
}

/** Thrown by the loader when content is invalid; the build stops with every problem listed. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `De site wordt niet gebouwd: de inhoud heeft ${problemCount(problems.length)}. Elke regel hieronder noemt ` +
        `het bestand, de regel en wat je moet veranderen; de code tussen [ ] staat met een voorbeeld in content/README.md ` +
        `(npm run check:content geeft hetzelfde overzicht):\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
  }
}

/** Sorts problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
