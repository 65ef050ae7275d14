import { site } from "@/lib/site";
import { t } from "@/lib/strings";
import { SiteSearch } from "./site-search";
import { ThemeToggle } from "./theme-toggle";
import { paths } from "@/lib/routes";

const links = [
  { href: paths.articles, label: t.nav.articles },
  { href: paths.tags, label: t.nav.tags },
  { href: paths.authors, label: t.nav.authors },
];

/** The site's masthead: the name as the way home, the main sections, search and the theme switch. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-paper print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 px-5 sm:px-8 lg:flex-nowrap">
        <a href={paths.home} className="group mr-auto flex min-h-14 items-center gap-2.5 py-2 font-serif text-xl font-semibold tracking-tight sm:text-2xl">
          <CompassMark />
          <span>{site.name}</span>
        </a>
        <nav aria-label={t.nav.label} className="order-last -mx-3 w-full lg:order-none lg:mx-0 lg:w-auto">
          <ul className="flex gap-1 overflow-x-auto text-[0.95rem] font-medium text-muted">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex min-h-11 items-center rounded-md px-3 hover:text-accent">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearch className="order-last w-full pb-1 lg:order-none lg:w-56 lg:pb-0" />
        <ThemeToggle />
      </div>
    </header>
  );
}

function CompassMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 text-accent">
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M16 6l4 10-4 10-4-10z" fill="currentColor" />
      <circle cx="16" cy="16" r="2" className="fill-paper" />
    </svg>
  );
}
