"use client";

import { useEffect } from "react";

/**
 * Marks the contents link of the section being read with aria-current. It only sets an attribute
 * on links the server rendered, so the contents work without JavaScript too.
 */
export function SectionMarker({ ids }: { ids: readonly string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    const links = document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']");
    const mark = () => {
      // The current section is the last heading that has scrolled above the top third of the screen.
      const line = window.innerHeight / 3;
      let current = headings[0]?.id;
      for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id;
      links.forEach((a) => a.setAttribute("aria-current", String(a.getAttribute("href") === `#${current}`)));
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(mark);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    mark();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
    };
  }, [ids]);
  return null;
}
