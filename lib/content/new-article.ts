import { tagSlug } from "../tags";

/** The file name (slug) for a new article's title: "Mijn eerste week" → "mijn-eerste-week". */
export function slugForTitle(title: string): string {
  return tagSlug(title);
}

/** The text of a new draft article: valid frontmatter (today's date, draft: true) and a short example body. */
export function newArticleSource({ title, date, author }: { title: string; date: string; author: string }): string {
  return `---
title: ${JSON.stringify(title)}
date: ${date}
author: ${JSON.stringify(author)}
excerpt: "Vat hier in een of twee zinnen samen waarom dit artikel de moeite waard is."
tags: [IT]
draft: true
---

Begin met een alinea die vertelt waar het artikel over gaat en voor wie het is.

## Eerste tussenkop

Schrijf gewone tekst in Markdown: **vet**, *cursief* en [links](https://voorbeeld.nl).

<PullQuote cite="Naam" role="functie">
Een citaat dat je wilt uitlichten.
</PullQuote>
`;
}
