/** How git saw a content file change between the base and the pull request. */
export type ChangeStatus = "added" | "modified" | "renamed" | "deleted";

/** One added, changed, renamed or removed article or author. */
export interface ContentChange {
  kind: "article" | "author";
  status: ChangeStatus;
  slug: string;
  /** The file's path in the repository (the old path when it was deleted). */
  file: string;
  /** Before a rename: the old slug and path. */
  oldSlug?: string;
  oldFile?: string;
}

interface ContentFileRef {
  kind: ContentChange["kind"];
  slug: string;
  file: string;
}

/** An article (`articles/<slug>.mdx`) or author (`authors/<slug>.md`) under the content folder, else undefined. */
export function contentFileRef(file: string, contentFolder: string): ContentFileRef | undefined {
  const prefix = contentFolder.replace(/\/+$/, "") + "/";
  if (!file.startsWith(prefix)) return undefined;
  const match = /^(articles|authors)\/([^/]+)\.(mdx|md)$/.exec(file.slice(prefix.length));
  if (!match || (match[1] === "articles" && match[3] !== "mdx")) return undefined;
  return { kind: match[1] === "articles" ? "article" : "author", slug: match[2]!, file };
}

/**
 * Reads `git diff --name-status -z -M` output (plus untracked files, which count as added) into
 * the articles and authors that changed. Other files in the content folder are left out; a rename
 * between an article and anything else counts as a removal and an addition.
 */
export function parseNameStatus(output: string, contentFolder: string, untracked: readonly string[] = []): ContentChange[] {
  const fields = output.split("\0");
  const changes: ContentChange[] = [];
  const add = (status: ChangeStatus, file: string) => {
    const ref = contentFileRef(file, contentFolder);
    if (ref) changes.push({ ...ref, status });
  };
  for (let i = 0; i < fields.length; i++) {
    const code = fields[i]!;
    if (!code) continue;
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const from = fields[++i] ?? "";
      const to = fields[++i] ?? "";
      const before = contentFileRef(from, contentFolder);
      const after = contentFileRef(to, contentFolder);
      if (letter === "R" && before && after && before.kind === after.kind) {
        changes.push({ ...after, status: "renamed", oldSlug: before.slug, oldFile: before.file });
      } else {
        if (letter === "R") add("deleted", from);
        add("added", to);
      }
    } else {
      const file = fields[++i] ?? "";
      add(letter === "A" ? "added" : letter === "D" ? "deleted" : "modified", file);
    }
  }
  for (const file of untracked) add("added", file);
  return changes;
}
