/**
 * True when a URL path cannot be percent-decoded: a `%` not followed by two hex digits, or bytes
 * that are not valid UTF-8 (`/artikelen/%E0`). Next.js decodes each segment of a dynamic route
 * with `decodeURIComponent`, so this is exactly the set of paths it cannot decode.
 */
export function isUndecodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
