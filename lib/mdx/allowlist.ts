import type { ReactNode } from "react";

/** What a component accepts in MDX: every prop is a plain string. */
export interface ComponentSpec {
  required: readonly string[];
  optional: readonly string[];
  /** Whether the component must wrap text, like a quote. */
  needsChildren: boolean;
  /** One line for the authoring guide. */
  summary: string;
  example: string;
}

/**
 * The components an article may use. The component map in components/mdx-components.tsx must
 * implement exactly these names; anything else in MDX is refused at check and build time.
 */
export const allowedComponents = {
  PullQuote: {
    required: ["cite"],
    optional: ["role"],
    needsChildren: true,
    summary: "Een uitgelicht citaat in grotere letters met een gekleurde lijn, met eronder de naam (`cite`) en, als je wilt, de functie (`role`).",
    example: '<PullQuote cite="Tom" role="junior IT-consultant">\nHet echte werk begint pas als mensen je oplossing gebruiken.\n</PullQuote>',
  },
} as const satisfies Record<string, ComponentSpec>;

export type AllowedComponentName = keyof typeof allowedComponents;

type Spec<K extends AllowedComponentName> = (typeof allowedComponents)[K];

/** The props an allowed component receives, derived from its entry above: strings, and children where it wraps text. */
export type AllowedProps<K extends AllowedComponentName> = { [P in Spec<K>["required"][number]]: string } & {
  [P in Spec<K>["optional"][number]]?: string;
} & (Spec<K>["needsChildren"] extends true ? { children: ReactNode } : unknown);

/** URL schemes that run code or smuggle content; refused in links and images. */
export const forbiddenUrlSchemes = ["javascript:", "data:", "vbscript:", "file:"] as const;
