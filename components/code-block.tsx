import type { ComponentPropsWithoutRef } from "react";
import { t } from "@/lib/strings";
import { CopyButton } from "./copy-button";

/** A highlighted code block with its language above it and a copy button; long lines scroll inside. */
export function CodeBlock(props: ComponentPropsWithoutRef<"pre"> & { "data-language"?: string }) {
  const language = props["data-language"] ?? "text";
  return (
    <figure className="not-prose my-8 overflow-hidden rounded-xl border border-line" data-testid="code-block">
      <figcaption className="flex items-center justify-between border-b border-line bg-panel px-4 py-1.5 font-sans text-xs text-muted">
        <span className="font-semibold tracking-wide uppercase">{t.reading.codeLanguage(language)}</span>
        <CopyButton
          fromCode
          label={t.reading.copyCode}
          done={t.reading.codeCopied}
          failed={t.reading.copyFailed}
          className="inline-flex min-h-9 items-center gap-1.5 rounded-md px-2 font-medium hover:text-accent print:hidden"
        />
      </figcaption>
      <pre {...props} tabIndex={0} />
    </figure>
  );
}
