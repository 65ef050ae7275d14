/**
 * The framework's scripts start after the first paint. Next.js writes its bootstrap chunks into
 * <head> as `<script src async>`: on a fast connection they arrive and run before the page has
 * painted, and the hydration's work then stands in front of the reader's text (measured: the
 * largest paint of every page 2.3 s against 1.0–1.2 s without it, Lighthouse mobile;
 * docs/performance.md, "First paint"). Every page is complete in its HTML, so nothing is lost by
 * starting them just after the first paint: this rewrite of the built HTML takes those tags out and
 * adds, at the end of <body>, a small script that inserts them once the browser reports the first
 * paint (or a second after the load event in a tab that never paints). The low-priority preload links Next writes stay.
 *
 * Applied to every page of the static export after its build (scripts/prune-export.ts), the way the
 * site is hosted. `next start` and `next dev` are left as they are: Next 16 renders a prerendered
 * page's HTML again from its stored payload on each request, so there is no built HTML to rewrite,
 * and it has no setting for when its bootstrap scripts run (docs/performance.md).
 */

/** Next's async bootstrap scripts, as React writes them. */
const bootstrapScript = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;

/** Marks a page already rewritten, so that running the step twice changes nothing. */
export const AFTER_PAINT_MARKER = "data-scripts-after-paint";

/**
 * The loader for `sources`: it starts them once the browser reports the page's first paint, or a
 * second after the load event in a tab that does not paint (a background tab) or a browser
 * without paint timing.
 */
export function afterPaintLoader(sources: readonly string[]): string {
  const list = JSON.stringify(sources).replace(/</g, "\\u003c");
  return `<script ${AFTER_PAINT_MARKER}="">(function(){var d=0;function go(){if(d)return;d=1;${list}.forEach(function(u){var s=document.createElement("script");s.src=u;s.async=true;document.head.appendChild(s)})}try{new PerformanceObserver(function(l,o){o.disconnect();setTimeout(go,0)}).observe({type:"paint",buffered:true})}catch(e){}addEventListener("load",function(){setTimeout(go,1000)})})()</script>`;
}

/**
 * The page with its bootstrap scripts started after the first paint; a page without them, or
 * already rewritten, comes back unchanged.
 */
export function startScriptsAfterPaint(html: string): string {
  if (html.includes(AFTER_PAINT_MARKER)) return html;
  const sources: string[] = [];
  const rest = html.replace(bootstrapScript, (_tag, src: string) => {
    sources.push(src);
    return "";
  });
  const end = rest.lastIndexOf("</body>");
  if (sources.length === 0 || end < 0) return html;
  return rest.slice(0, end) + afterPaintLoader(sources) + rest.slice(end);
}
