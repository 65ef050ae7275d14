import { site } from "@/lib/site";
import { t } from "@/lib/strings";
import { paths } from "@/lib/routes";

/** The closing band of every page: what the site is, and the ways back in. */
export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-line bg-panel print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-5 py-12 text-sm text-muted sm:grid-cols-[2fr_1fr] sm:px-8">
        <div className="max-w-md space-y-3">
          <p className="font-serif text-lg font-semibold text-ink">{site.name}</p>
          <p className="leading-relaxed">{t.footer.about}</p>
          <p>{t.footer.rights(new Date().getFullYear())}</p>
        </div>
        <nav aria-label={t.footer.label}>
          <ul className="space-y-1">
            <li><a className="inline-flex min-h-11 items-center hover:text-accent" href={paths.articles}>{t.nav.articles}</a></li>
            <li><a className="inline-flex min-h-11 items-center hover:text-accent" href={paths.tags}>{t.nav.tags}</a></li>
            <li><a className="inline-flex min-h-11 items-center hover:text-accent" href={paths.authors}>{t.nav.authors}</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
