import matter from "gray-matter";
import yaml from "js-yaml";
import type { ContentProblem } from "./problems";
import { say } from "../check/messages";

export interface SplitFile {
  data: Record<string, unknown>;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Lines before the body: add this to a body line number to get the file's line number. */
  bodyLineOffset: number;
  /** The file's text before the body: the frontmatter between its --- lines. */
  head: string;
  /** File line of a top-level frontmatter field, or the first line when the field is absent. */
  lineOf: (field: string) => number;
}

const refuse = () => {
  throw new Error("only YAML frontmatter is allowed");
};

/**
 * Splits a content file into YAML frontmatter and body. Only YAML is accepted: gray-matter would
 * otherwise evaluate `---js` frontmatter as code on the build machine. Dates stay strings (core schema).
 * A UTF-8 byte order mark (Windows editors write one) is dropped silently, as CRLF line ends are accepted.
 */
export function splitFrontmatter(file: string, text: string): SplitFile | ContentProblem {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const opening = /^---[ \t]*([^\s-][^\r\n]*)?\r?\n/.exec(source);
  const language = opening?.[1]?.trim();
  if (language && language !== "yaml") {
    return {
      file,
      line: 1,
      column: 4,
      message: say("frontmatter-yaml", language),
    };
  }
  if (!source.startsWith("---")) {
    return { file, line: 1, column: 1, message: say("frontmatter-ontbreekt") };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, {
      language: "yaml",
      engines: {
        yaml: (s: string) => (yaml.load(s, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
        js: refuse,
        javascript: refuse,
        json: refuse,
        toml: refuse,
        coffee: refuse,
      },
    });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const reason = error.reason || "ongeldige YAML";
      return {
        file,
        line: error.mark.line + 1,
        column: error.mark.column + 1,
        message: say("yaml-fout", reason),
      };
    }
    return { file, line: 1, column: 1, message: say("yaml-fout", (error as Error).message) };
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    return { file, line: 2, column: 1, message: say("frontmatter-vorm") };
  }
  const prefix = source.slice(0, source.length - parsed.content.length);
  const bodyLineOffset = prefix.split("\n").length - 1;
  const lines = source.split("\n").slice(0, bodyLineOffset);
  return {
    data: parsed.data as Record<string, unknown>,
    body: parsed.content,
    bodyLineOffset,
    head: prefix,
    lineOf(field) {
      const index = lines.findIndex((l) => l.startsWith(`${field}:`));
      return index === -1 ? 1 : index + 1;
    },
  };
}
