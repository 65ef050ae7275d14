import type { ComponentPropsWithoutRef, ComponentType } from "react";
import type { AllowedComponentName } from "@/lib/mdx-allowlist";
import { PullQuote } from "./pull-quote";

/** Links leaving the site open safely; links within it stay plain. */
function MdxLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  const external = /^https?:\/\//.test(href);
  return <a href={href} {...(external ? { rel: "noopener noreferrer" } : {})} {...props} />;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX hands each component its own props
type AnyComponent = ComponentType<any>;

/** The components an article may use: exactly the names in lib/mdx-allowlist.ts. */
const allowed: Record<AllowedComponentName, AnyComponent> = { PullQuote };

/** The one component map for MDX: allowed components plus overrides for Markdown elements. */
export const mdxComponents: Record<string, AnyComponent> = { ...allowed, a: MdxLink };
