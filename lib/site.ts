/** Site-wide settings: one place for the name, purpose and address of the site. */
export const site = {
  name: "Carrièrekompas",
  tagline: "Eerlijke verhalen over werken in IT, consultancy en traineeships.",
  description:
    "Carrièrekompas helpt starters en overstappers kiezen: eerlijke verhalen van mensen die werken in IT, consultancy en traineeships.",
  url: (process.env.SITE_URL ?? "https://carrierekompas.nl").replace(/\/$/, ""),
  locale: "nl_NL",
  language: "nl",
} as const;
