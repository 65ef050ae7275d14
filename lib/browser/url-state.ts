import { useSyncExternalStore } from "react";

const EVENT = "urlstate:change";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/**
 * The page's query string (`?tag=…`) as React state that follows back and forward; null while
 * rendering on the server and hydrating, when the URL is not known yet.
 */
export function useUrlSearch(): string | null {
  return useSyncExternalStore(subscribe, () => window.location.search, () => null);
}

/** Writes a new query string: as a new history entry (`push`) or in place, and tells useUrlSearch. */
export function setUrlSearch(query: string, { push }: { push: boolean }): void {
  const url = `${window.location.pathname}${query && !query.startsWith("?") ? `?${query}` : query}`;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(EVENT));
}
