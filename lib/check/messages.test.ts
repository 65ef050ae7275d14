import { describe, expect, it } from "vitest";
import { codeOf, ruleCodes, ruleTable, say, syntaxMessage } from "./messages";
import { parseMdx } from "../mdx/compile";

/** The parser's complaint about a body, as the loader gets it. */
function parserReason(body: string): string {
  const result = parseMdx(body);
  if (!("reason" in result)) throw new Error("the body parsed");
  return result.reason;
}

describe("check messages", () => {
  it("end with their rule code in brackets", () => {
    expect(say("tabel-kolommen", 3, 2)).toMatch(/ \[tabel-kolommen\]$/);
    expect(codeOf(say("veld-leeg", "title"))).toBe("veld-leeg");
    expect(codeOf("iets zonder code")).toBeUndefined();
  });

  it("have short, stable codes: lowercase Dutch words joined by hyphens", () => {
    for (const code of ruleCodes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ["Tekst.\n\n<!-- foto toevoegen -->\n", "html-commentaar", /^een notitie als <!-- … --> werkt hier niet; schrijf \{\/\* je notitie \*\/\}/],
    ["<PullQuote cite=\"Tom\">\nNiet gesloten\n", "tag-niet-gesloten", /^<PullQuote> wordt niet gesloten; zet <\/PullQuote>/],
    ["Minder dan <3 jaar.\n", "losse-kleiner-dan", /^een < begint hier een tag/],
    ["<PullQuote cite=\"Tom\"\n", "tag-niet-af", /^een tag is niet af/],
    ["Een {// regel} hier.\n", "losse-accolade", /^accolades \{ \} zijn voor code; .* of \{\/\* … \*\/\} voor een notitie/],
  ])("explain the parser's complaint in Dutch first and keep its own words after: %j", (body, code, dutch) => {
    const reason = parserReason(body);
    const message = syntaxMessage(reason);
    expect(message).toMatch(dutch);
    expect(codeOf(message)).toBe(code);
    const ownWords = reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, "");
    expect(message.indexOf(`(de MDX-lezer meldt: ${ownWords})`)).toBeGreaterThan(20);
  });

  it("list every code in the authoring guide's table, with pipes in examples escaped", () => {
    const table = ruleTable();
    for (const code of ruleCodes) expect(table).toContain(`| \`[${code}]\` |`);
    expect(table.split("\n")).toHaveLength(ruleCodes.length + 2);
    expect(table).toContain("`\\| Junior \\| 3.000 \\| 3.400 \\|`");
  });
});
