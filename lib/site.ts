/** Site-wide settings: one place for the name, purpose and address of the site. */
export const site = {
  name: "Carrièrekompas",
  tagline: "Eerlijke verhalen over werken in IT, consultancy en traineeships.",
  description:
    "Carrièrekompas helpt starters en overstappers kiezen: eerlijke verhalen van mensen die werken in IT, consultancy en traineeships.",
  /** The public address, from SITE_URL at build time; no trailing slash. */
  url: (process.env.SITE_URL ?? "https://carrierekompas.nl").replace(/\/+$/, ""),
  locale: "nl_NL",
  language: "nl",
} as const;

/** An absolute URL on this site for a path such as /artikelen/foo. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}
