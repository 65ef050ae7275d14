import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { AFTER_PAINT_MARKER, startScriptsAfterPaint } from "./scripts-after-paint";

const page = (head: string, body = "<p>Tekst</p>") =>
  `<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>${head}</head><body>${body}<script>self.__next_f.push([1,"x"])</script></body></html>`;
const bootstrap = ["/_next/static/chunks/1.js", "/voorbeeld/pr-12/_next/static/chunks/turbopack-2.js"];
const tags = bootstrap.map((src) => `<script src="${src}" async=""></script>`).join("");

/**
 * Runs the page's loader with a fake browser: `paint` delivers the first-paint entry, `load` fires
 * the load event; timers run when asked. Returns the script URLs inserted, in order.
 */
function runLoader(html: string, { paint = false, load = false, timers = false, observer = true } = {}): string[] {
  const loader = /<script data-scripts-after-paint="">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!loader) throw new Error("no loader");
  const inserted: string[] = [];
  const timerQueue: (() => void)[] = [];
  const paintCallbacks: (() => void)[] = [];
  const loadCallbacks: (() => void)[] = [];
  class FakeObserver {
    constructor(private callback: (list: unknown, o: FakeObserver) => void) {}
    observe(options: { type: string }) {
      if (options.type === "paint") paintCallbacks.push(() => this.callback({}, this));
    }
    disconnect() {}
  }
  vm.runInNewContext(loader, {
    document: { createElement: () => ({ src: "", async: false }), head: { appendChild: (s: { src: string }) => inserted.push(s.src) } },
    PerformanceObserver: observer ? FakeObserver : undefined,
    addEventListener: (type: string, f: () => void) => type === "load" && loadCallbacks.push(f),
    setTimeout: (f: () => void) => timerQueue.push(f),
  });
  if (paint) paintCallbacks.forEach((f) => f());
  if (load) loadCallbacks.forEach((f) => f());
  if (timers) timerQueue.forEach((f) => f());
  return inserted;
}

describe("startScriptsAfterPaint", () => {
  it("takes Next's async bootstrap scripts out of the head and loads them from the end of the body", () => {
    const out = startScriptsAfterPaint(page(tags));
    expect(out).not.toMatch(/<script src="[^"]*" async="">/);
    expect(out.indexOf(AFTER_PAINT_MARKER)).toBeGreaterThan(out.indexOf("self.__next_f"));
    expect(out).toMatch(/<\/script><\/body><\/html>$/);
    // The preload link and the inline flight data stay where they were.
    expect(out).toContain('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>');
    expect(out).toContain('<script>self.__next_f.push([1,"x"])</script>');
  });

  it("starts the same scripts, in their order, only once the browser reports the first paint", () => {
    const out = startScriptsAfterPaint(page(tags));
    expect(runLoader(out, { timers: true })).toEqual([]);
    expect(runLoader(out, { paint: true })).toEqual([]);
    expect(runLoader(out, { paint: true, timers: true })).toEqual(bootstrap);
  });

  it("starts them after the load event in a tab that never paints or without paint timing, and never twice", () => {
    const out = startScriptsAfterPaint(page(tags));
    expect(runLoader(out, { load: true, timers: true })).toEqual(bootstrap);
    expect(runLoader(out, { load: true, timers: true, observer: false })).toEqual(bootstrap);
    expect(runLoader(out, { paint: true, load: true, timers: true })).toEqual(bootstrap);
  });

  it("leaves a page without bootstrap scripts, and a page already rewritten, as they are", () => {
    const plain = page("");
    expect(startScriptsAfterPaint(plain)).toBe(plain);
    const once = startScriptsAfterPaint(page(tags));
    expect(startScriptsAfterPaint(once)).toBe(once);
  });

  it("leaves other scripts alone: JSON-LD, inline code and scripts from elsewhere", () => {
    const other = '<script type="application/ld+json">{}</script><script src="/elders.js" async=""></script>';
    const out = startScriptsAfterPaint(page(tags + other));
    expect(out).toContain(other);
  });
});
