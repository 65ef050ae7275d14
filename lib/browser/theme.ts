/** The two themes; the stored choice wins, else the system setting. */
export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "theme";

/**
 * Runs in <head> before the first paint: applies the stored theme or the system's, so the page
 * never flashes the wrong one; also marks that JavaScript runs (data-js), so notes meant for
 * readers without JavaScript stay hidden from the first paint.
 */
export const themeScript = `(function(){document.documentElement.dataset.js="";try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme="light"}})()`;
