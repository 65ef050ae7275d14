/**
 * Addresses a scanner might send to a route: segments that cannot be decoded, overlong UTF-8,
 * double encoding and very long segments. The browser test of issue #15 sends each one to every
 * route of the build and expects no 5xx answer.
 */
export const malformedSegments: readonly string[] = [
  // Not valid UTF-8 (Next.js issue 92527: these answered 500).
  "%E0",
  "%ff",
  "%80",
  "%C3%28",
  "carri%C3",
  "%ED%A0%80", // a UTF-16 surrogate
  "%F4%90%80%80", // above U+10FFFF
  // Overlong UTF-8 encodings of "/" and "../".
  "%C0%AF",
  "%E0%80%AF",
  "%C0%AE%C0%AE%C0%AF",
  // Broken escapes.
  "%",
  "%2",
  "%zz",
  "a%",
  // Double encoding.
  "%25E0",
  "%25ff.png",
  "%252e%252e%252f",
  "%2525",
  // With the extensions that route handlers expect.
  "%ff.png",
  "%E0.json",
  // Overlong segments.
  "%ff".repeat(1000),
  "a".repeat(4000),
  "%C3%A8".repeat(600),
];

const paramPattern = /\[\[?(?:\.\.\.)?[^\]]+\]\]?/g;

/**
 * Every address to try for one route of the build's route list (`/tags/[tag]/pagina/[page]`):
 * each dynamic segment replaced by each malformed segment in turn (the others by `filler`), and
 * all of them at once; a route without dynamic segments gets each malformed segment appended.
 */
export function malformedPathsFor(route: string, segments: readonly string[] = malformedSegments, filler = "1"): string[] {
  const params = route.match(paramPattern) ?? [];
  if (!params.length) return segments.map((segment) => `${route.replace(/\/$/, "")}/${segment}`);
  const paths = new Set<string>();
  for (const segment of segments) {
    params.forEach((_, index) => {
      let i = 0;
      paths.add(route.replace(paramPattern, () => (i++ === index ? segment : filler)));
    });
    paths.add(route.replace(paramPattern, () => segment));
  }
  return [...paths];
}
