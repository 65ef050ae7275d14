import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef, ComponentType } from "react";
import type { AllowedComponentName, AllowedProps } from "@/lib/mdx/allowlist";
import { ArticleImage } from "./article-image";
import { withBasePath } from "@/lib/routes";
import { CodeBlock } from "./code-block";
import { PullQuote } from "./pull-quote";
import { SectionHeading2, SectionHeading3 } from "./section-heading";

/** Links leaving the site open safely; links within it stay plain, under the site's base path. */
function MdxLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  const external = /^https?:\/\//.test(href);
  return <a href={withBasePath(href)} {...(external ? { rel: "noopener noreferrer" } : {})} {...props} />;
}

/** The components an article may use: exactly the names in lib/mdx/allowlist.ts, with the props it lists. */
const allowed: { [K in AllowedComponentName]: ComponentType<AllowedProps<K>> } = { PullQuote };

/** The one component map for MDX: allowed components plus overrides for Markdown elements. */
export const mdxComponents: MDXComponents = {
  ...allowed,
  a: MdxLink,
  h2: SectionHeading2,
  h3: SectionHeading3,
  pre: CodeBlock,
  img: ArticleImage,
};
