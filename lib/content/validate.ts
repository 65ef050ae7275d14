import type { z } from "zod";
import { closest } from "../suggest";
import type { SplitFile } from "./frontmatter";
import type { ContentProblem } from "./problems";
import { fieldMessage, say } from "../check/messages";

/** Validates frontmatter against a schema, turning each issue into a problem on the field's line. */
export function validateFrontmatter<S extends z.ZodObject>(
  file: string,
  split: SplitFile,
  schema: S,
): { data?: z.infer<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(split.data);
  if (result.success) return { data: result.data, problems: [] };
  const known = Object.keys(schema.shape);
  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return {
          file, line: split.lineOf(key), column: 1,
          message: say("onbekend-veld", key, guess, known),
        };
      });
    }
    const field = String(issue.path[0] ?? "");
    const value = split.data[field];
    const where = issue.path.length > 1 ? `${issue.path.join(".")}` : field;
    const message =
      value === undefined
        ? say("veld-ontbreekt", field)
        : value === null && issue.path.length === 1
          ? say("veld-leeg", field)
          : fieldMessage(issue.message, where, describeValue(value));
    return [{ file, line: split.lineOf(field), column: 1, message }];
  });
  return { problems };
}

/** A found value, short enough for one line of a report. */
function describeValue(value: unknown): string {
  const json = JSON.stringify(value);
  return typeof value === "string" && value.length > 60 ? `${value.length} tekens` : json;
}
