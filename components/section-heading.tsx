import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { t } from "@/lib/strings";

/** The plain text of rendered MDX children, e.g. "Eerste kop" for `Eerste *kop*`. */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => (typeof child === "string" || typeof child === "number" ? String(child) : isValidElement<{ children?: ReactNode }>(child) ? textOf(child.props.children) : ""))
    .join("");
}

function anchored(Tag: "h2" | "h3") {
  return function SectionHeading({ id, children, ...props }: ComponentPropsWithoutRef<"h2">) {
    return (
      <div className="group relative">
        <Tag id={id} {...props}>{children}</Tag>
        {id && (
          // Beside the heading, not in it, so the heading's name stays its own text.
          <a
            href={`#${id}`}
            className="heading-anchor absolute top-0 -left-5 font-sans text-xl leading-[inherit] font-normal text-accent no-underline opacity-0 group-hover:opacity-100 focus-visible:opacity-100 sm:-left-7"
            aria-label={t.reading.anchor(textOf(children))}
          >
            #
          </a>
        )}
      </div>
    );
  };
}

/** An article's h2 with a link to itself that shows on hover or focus, for sharing a section. */
export const SectionHeading2 = anchored("h2");
/** An article's h3 with a link to itself that shows on hover or focus. */
export const SectionHeading3 = anchored("h3");
