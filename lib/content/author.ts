import { splitFrontmatter } from "./frontmatter";
import type { ContentProblem } from "./problems";
import { say } from "../check/messages";
import { authorFrontmatterSchema } from "./schema";
import { validateFrontmatter } from "./validate";
import type { Author } from "./articles";

/**
 * Parses and validates one author file (content/authors/<slug>.md): frontmatter, avatar and bio.
 * Pure: whether the avatar exists, and whether it suits the page, is asked of the functions given.
 */
export function parseAuthor(
  { file, slug, source }: { file: string; slug: string; source: string },
  publicFileExists: (publicPath: string) => boolean,
  checkAvatar: (publicPath: string) => Omit<ContentProblem, "file" | "line" | "column">[] = () => [],
): { author?: Author; lineOf?: (field: string) => number; problems: ContentProblem[] } {
  const split = splitFrontmatter(file, source);
  if ("message" in split) return { problems: [split] };
  const { data, problems } = validateFrontmatter(file, split, authorFrontmatterSchema);
  if (!data) return { problems };
  if (data.avatar && !publicFileExists(data.avatar)) {
    problems.push({ file, line: split.lineOf("avatar"), column: 1, message: say("avatar-ontbreekt", data.avatar) });
  } else if (data.avatar) {
    for (const p of checkAvatar(data.avatar)) problems.push({ file, line: split.lineOf("avatar"), column: 1, ...p });
  }
  const bio = split.body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (bio.length === 0) problems.push({ file, line: split.bodyLineOffset + 1, column: 1, message: say("bio-ontbreekt") });
  return { author: { slug, name: data.name, role: data.role, avatar: data.avatar, links: data.links ?? {}, bio }, lineOf: split.lineOf, problems };
}
