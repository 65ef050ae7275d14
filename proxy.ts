import { NextResponse, type NextRequest } from "next/server";
import { unmatchedPath } from "@/lib/routes";
import { isUndecodablePath } from "@/lib/undecodable-path";

/**
 * Works around Next.js issue #92527 (still open in 16.4.6): a dynamic segment whose percent-encoding
 * is not valid UTF-8 (`/artikelen/%E0`) throws a DecodeError in route matching and answers 500.
 * Such addresses get the site's 404 page instead. Remove this file once Next.js answers them itself
 * (e2e/malformed-urls.spec.ts then still passes without it).
 */
export function proxy(request: NextRequest) {
  // The raw path: request.nextUrl keeps the percent-encoding as it arrived.
  if (!isUndecodablePath(request.nextUrl.pathname)) return NextResponse.next();
  // An address no route can match (app/ folders starting with "_" are private), so next start
  // answers with its own 404: the site's not-found page, its headers, not cached.
  return NextResponse.rewrite(new URL(unmatchedPath, request.url));
}

export const config = {
  // Only addresses with a percent sign reach the proxy; every other request skips it entirely.
  matcher: "/(.*%.*)",
};
