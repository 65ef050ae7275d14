import type { ComponentPropsWithoutRef } from "react";
import { t } from "@/lib/strings";

function anchored(Tag: "h2" | "h3") {
  return function SectionHeading({ id, children, ...props }: ComponentPropsWithoutRef<"h2">) {
    return (
      <Tag id={id} className="group relative" {...props}>
        {children}
        {id && (
          <a
            href={`#${id}`}
            className="heading-anchor ml-2 inline-block font-sans text-[0.75em] font-normal text-accent no-underline opacity-0 group-hover:opacity-100 focus-visible:opacity-100"
            aria-label={t.reading.anchor(typeof children === "string" ? children : id)}
          >
            #
          </a>
        )}
      </Tag>
    );
  };
}

/** An article's h2 with a link to itself that shows on hover or focus, for sharing a section. */
export const SectionHeading2 = anchored("h2");
/** An article's h3 with a link to itself that shows on hover or focus. */
export const SectionHeading3 = anchored("h3");
