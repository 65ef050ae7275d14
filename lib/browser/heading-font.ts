/** sessionStorage key: set once the heading font has been asked for in this visit, so it is in the browser's cache. */
export const HEADING_FONT_STORAGE_KEY = "heading-font";

/**
 * Runs in <head> before the first paint. On a reader's first page of a visit, headings keep their
 * metric-matched local stand-in (app/font-fallbacks.css) until the page has loaded and painted
 * (a small page can load before it paints), and only then ask for the web font: the first paint and the largest paint never wait for a font download,
 * and the swap moves nothing. From the second page on the font is in the cache and is used from
 * the first paint. Without JavaScript the font loads as an ordinary `swap` font.
 * See docs/performance.md, "First paint".
 */
export const headingFontScript = `(function(){var d=document.documentElement;try{if(sessionStorage.getItem("${HEADING_FONT_STORAGE_KEY}"))return}catch(e){}d.dataset.headingFont="later";function use(){delete d.dataset.headingFont;try{sessionStorage.setItem("${HEADING_FONT_STORAGE_KEY}","1")}catch(e){}}addEventListener("load",function(){try{new PerformanceObserver(function(l,o){o.disconnect();use()}).observe({type:"paint",buffered:true})}catch(e){use()}})})()`;
