"use client";

import { useSyncExternalStore } from "react";
import { t } from "@/lib/strings";
import { THEME_STORAGE_KEY, type Theme } from "@/lib/browser/theme";

const EVENT = "themechange";

function subscribe(onChange: () => void) {
  const system = window.matchMedia("(prefers-color-scheme: dark)");
  // Follow the system setting live until the reader makes a choice of their own.
  const onSystem = () => {
    if (!localStorage.getItem(THEME_STORAGE_KEY)) apply(system.matches ? "dark" : "light");
  };
  system.addEventListener("change", onSystem);
  window.addEventListener(EVENT, onChange);
  return () => {
    system.removeEventListener("change", onSystem);
    window.removeEventListener(EVENT, onChange);
  };
}

function apply(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  window.dispatchEvent(new Event(EVENT));
}

/** Switches between the light and dark theme and remembers the choice. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, () => document.documentElement.dataset.theme as Theme, () => null);
  const dark = theme === "dark";
  const toggle = () => {
    const next: Theme = dark ? "light" : "dark";
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    apply(next);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : dark}
      aria-label={t.theme.toggle}
      title={dark ? t.theme.toLight : t.theme.toDark}
      data-testid="theme-toggle"
      className="inline-flex size-11 items-center justify-center rounded-full text-muted hover:bg-panel hover:text-accent print:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4.2" />
            <path d="M12 2.5v2.2M12 19.3v2.2M4.6 4.6l1.6 1.6M17.8 17.8l1.6 1.6M2.5 12h2.2M19.3 12h2.2M4.6 19.4l1.6-1.6M17.8 6.2l1.6-1.6" />
          </>
        ) : (
          <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
        )}
      </svg>
    </button>
  );
}
