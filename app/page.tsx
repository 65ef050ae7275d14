import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { ArticleGrid } from "@/components/article-grid";
import { getArticles } from "@/lib/content/store";
import { websiteJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";
import { paths } from "@/lib/routes";
import { HOME_LATEST } from "@/lib/pagination";

export const metadata: Metadata = pageMetadata({ description: site.description, path: paths.home });

export default function HomePage() {
  const articles = getArticles();
  return (
    <div className="mx-auto max-w-6xl px-5 sm:px-8">
      <JsonLd data={websiteJsonLd()} />
      <section className="border-b border-line py-14 sm:py-20">
        <p className="mb-4 font-sans text-sm font-semibold tracking-wide text-accent">{site.name}</p>
        <h1 className="max-w-4xl font-serif text-4xl leading-[1.1] font-semibold tracking-tight text-balance sm:text-6xl">
          {site.tagline}
        </h1>
        <p className="mt-6 max-w-2xl text-lg leading-relaxed text-muted sm:text-xl">{t.home.intro}</p>
      </section>
      <section aria-labelledby="nieuwste" className="pt-12">
        <div className="mb-8 flex items-baseline justify-between gap-4">
          <h2 id="nieuwste" className="font-serif text-2xl font-semibold sm:text-3xl">{t.home.latest}</h2>
          <a href={paths.articles} className="inline-flex min-h-11 items-center font-medium whitespace-nowrap text-accent hover:underline">
            {t.home.allArticles} <span aria-hidden="true">&nbsp;→</span>
          </a>
        </div>
        <ArticleGrid articles={articles.slice(0, HOME_LATEST)} headingLevel={3} />
      </section>
    </div>
  );
}
