import type { ReactNode } from "react";

/** A quote set apart from the body: larger type, an accent rule, and who said it beneath. */
export function PullQuote({ cite, role, children }: { cite: string; role?: string; children: ReactNode }) {
  return (
    <figure className="not-prose relative my-10 border-l-4 border-accent py-1 pl-6 sm:my-12 sm:pl-8">
      <span aria-hidden="true" className="absolute -top-5 left-4 font-serif text-7xl leading-none text-accent/25 sm:left-6">
        &ldquo;
      </span>
      <blockquote className="font-text text-[1.35rem] leading-snug text-ink italic sm:text-[1.6rem] [&_p]:m-0">
        {children}
      </blockquote>
      <figcaption className="mt-4 font-sans text-sm text-muted">
        <span className="font-semibold text-ink">{cite}</span>
        {role && <>, {role}</>}
      </figcaption>
    </figure>
  );
}
