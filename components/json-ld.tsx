import { serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data for search engines, escaped so that no text can break out of the script. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
