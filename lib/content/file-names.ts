import { tagSlug } from "../tags";
import type { ContentFile } from "./files";
import type { ContentProblem } from "./problems";
import { say } from "../check/messages";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A content file with the slug its name gives it. */
export interface NamedFile extends ContentFile {
  slug: string;
}

/**
 * Checks the names of a folder's files: only the given extensions, lowercase-kebab slugs, no two
 * files with one slug. Files of another kind are left out; every other file is kept.
 */
export function checkFileNames(files: readonly ContentFile[], extensions: readonly string[], problems: ContentProblem[]): NamedFile[] {
  const named: NamedFile[] = [];
  const slugs = new Map<string, string>();
  for (const entry of files) {
    const { name, file } = entry;
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 ? name.slice(dot) : "";
    if (!extensions.includes(ext)) {
      problems.push({ file, line: 1, column: 1, message: say("bestandstype", extensions) });
      continue;
    }
    const slug = name.slice(0, name.length - ext.length);
    if (!SLUG.test(slug)) {
      problems.push({
        file, line: 1, column: 1,
        message: say("bestandsnaam", slug, `${tagSlug(slug) || "mijn-artikel"}${ext}`),
      });
    }
    const twin = slugs.get(slug);
    if (twin) problems.push({ file, line: 1, column: 1, message: say("bestandsnaam-dubbel", slug, twin) });
    slugs.set(slug, file);
    named.push({ ...entry, slug });
  }
  return named;
}
