"use client";

import { useRef, useState } from "react";

/**
 * Copies text to the clipboard and says so: either a fixed value (a link) or, with `fromCode`,
 * the code of the block the button sits in, read from the page so it is not sent twice.
 */
export function CopyButton({ value, fromCode, label, done, failed, className = "" }: { value?: string; fromCode?: boolean; label: string; done: string; failed: string; className?: string }) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const copy = async () => {
    const text = fromCode ? (button.current?.closest("figure")?.querySelector("pre")?.textContent ?? "") : (value ?? window.location.href);
    try {
      await navigator.clipboard.writeText(text);
      setState("done");
    } catch {
      setState("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2500);
  };

  return (
    <button ref={button} type="button" onClick={copy} className={className} data-state={state}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
        {state === "done" ? <path d="M4 10.5l4 4 8-9" /> : <><rect x="7" y="7" width="9.5" height="9.5" rx="2" /><path d="M13 7V5a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 4 5v6A1.5 1.5 0 0 0 5.5 12.5H7" /></>}
      </svg>
      <span aria-live="polite">{state === "done" ? done : state === "failed" ? failed : label}</span>
    </button>
  );
}
