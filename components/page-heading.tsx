import type { ReactNode } from "react";

/** The opening of a list page: an optional kicker, the page's h1 and a short introduction. */
export function PageHeading({ kicker, title, children }: { kicker?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <header className="mb-10 max-w-3xl sm:mb-14">
      {kicker && <div className="mb-3 font-sans text-sm font-semibold text-accent">{kicker}</div>}
      <h1 className="font-serif text-4xl leading-tight font-semibold tracking-tight text-balance sm:text-5xl">{title}</h1>
      {children && <div className="mt-4 text-lg leading-relaxed text-muted">{children}</div>}
    </header>
  );
}
