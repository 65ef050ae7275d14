import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef, ComponentType } from "react";
import type { AllowedComponentName, AllowedProps } from "@/lib/mdx/allowlist";
import { withBasePath } from "@/lib/routes";
import { CodeBlock } from "./code-block";
import { PullQuote } from "./pull-quote";
import { SectionHeading2, SectionHeading3 } from "./section-heading";

/** Links leaving the site open safely; links within it stay plain, under the site's base path. */
function MdxLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  const external = /^https?:\/\//.test(href);
  return <a href={withBasePath(href)} {...(external ? { rel: "noopener noreferrer" } : {})} {...props} />;
}

/** Images are files of this site (the content check allows no others), so they live under the base path too. */
function MdxImage({ src, alt = "", ...props }: ComponentPropsWithoutRef<"img">) {
  // eslint-disable-next-line @next/next/no-img-element -- static files from public/, as written by the editor
  return <img src={typeof src === "string" ? withBasePath(src) : src} alt={alt} {...props} />;
}

/** The components an article may use: exactly the names in lib/mdx/allowlist.ts, with the props it lists. */
const allowed: { [K in AllowedComponentName]: ComponentType<AllowedProps<K>> } = { PullQuote };

/** The one component map for MDX: allowed components plus overrides for Markdown elements. */
export const mdxComponents: MDXComponents = {
  ...allowed,
  a: MdxLink,
  img: MdxImage,
  h2: SectionHeading2,
  h3: SectionHeading3,
  pre: CodeBlock,
};
