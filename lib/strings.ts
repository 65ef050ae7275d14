/** Every piece of interface text, in Dutch, in one place. */
export const t = {
  skipLink: "Naar de inhoud",
  nav: { label: "Hoofdmenu", home: "Home", articles: "Artikelen", tags: "Onderwerpen", authors: "Auteurs" },
  footer: {
    about: "Carrièrekompas is een onafhankelijk platform met verhalen over werken in IT.",
    rights: (year: number) => `© ${year} Carrièrekompas`,
  },
  home: {
    latest: "Nieuwste artikelen",
    allArticles: "Alle artikelen",
    intro: "Wat doe je eigenlijk als consultant, data engineer of trainee? Mensen uit het vak vertellen hoe het werk er echt uitziet.",
  },
  articles: {
    title: "Alle artikelen",
    description: "Alle artikelen over werken in IT, consultancy en traineeships, het nieuwste eerst.",
    count: (n: number) => `${n} ${n === 1 ? "artikel" : "artikelen"}`,
    empty: "Er zijn nog geen artikelen gepubliceerd.",
  },
  article: {
    readingTime: (minutes: number) => `${minutes} min lezen`,
    by: "Door",
    and: "en",
    published: "Gepubliceerd op",
    updated: (date: string) => `Bijgewerkt op ${date}`,
    tags: "Onderwerpen",
    draft: "Concept",
    draftNote: "Dit is een concept: het staat alleen in de ontwikkelversie en niet op de gepubliceerde site.",
    aboutAuthor: "Over de auteur",
    related: "Lees ook",
  },
  authors: {
    title: "Auteurs",
    description: "De mensen achter Carrièrekompas: consultants, engineers en coaches die uit eigen ervaring schrijven.",
    articleCount: (n: number) => `${n} ${n === 1 ? "artikel" : "artikelen"}`,
    articlesBy: (name: string) => `Artikelen van ${name}`,
    allAuthors: "Alle auteurs",
    links: { linkedin: "LinkedIn", website: "Website", email: "E-mail" },
  },
  tags: {
    title: "Onderwerpen",
    description: "Alle onderwerpen op Carrièrekompas, met het aantal artikelen per onderwerp.",
    tagTitle: (label: string) => label,
    tagDescription: (label: string, n: number) => `${n} ${n === 1 ? "artikel" : "artikelen"} over ${label}.`,
    backToAll: "Alle artikelen",
  },
  notFound: {
    title: "Pagina niet gevonden",
    text: "Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een tikfout in het adres.",
    home: "Naar de homepage",
    articles: "Bekijk alle artikelen",
  },
  pullQuote: { label: "Citaat" },
} as const;
