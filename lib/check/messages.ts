/*
 * Every message of the content check, in plain Dutch for editors, each with a short stable rule code.
 * The loader, the MDX rules and the schema ask this module for their words; content/README.md lists
 * every code with an example mistake and its fix, generated from this catalogue (npm run docs:fields).
 */

interface Rule<A extends unknown[]> {
  /** The message without its code: what is wrong and what to type instead. */
  text: (...args: A) => string;
  /** For the authoring guide: the mistake as an editor would type it (Markdown). */
  mistake: string;
  /** For the authoring guide: the fix (Markdown). */
  fix: string;
}

const rule = <A extends unknown[]>(r: Rule<A>) => r;

/** A list read aloud: "a, b en c" (or "a, b of c"). */
function list(items: readonly string[], last: "en" | "of" = "en"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/** A number as a Dutch reader writes it: 100.000. */
const dutchNumber = (n: number) => n.toLocaleString("nl-NL");

const rules = {
  // Files and folders
  "bestandstype": rule({
    text: (extensions: readonly string[]) => `alleen ${list(extensions)}-bestanden horen in deze map; geef het bestand de extensie ${extensions.join(" of ")} of zet het ergens anders`,
    mistake: "`notities.txt` in `content/articles/`",
    fix: "`notities.mdx`, of zet het bestand buiten `content/`",
  }),
  "bestandsnaam": rule({
    text: (name: string, suggestion: string) => `de bestandsnaam "${name}" mag alleen kleine letters, cijfers en streepjes hebben; noem het bestand bijvoorbeeld ${suggestion}`,
    mistake: "`Mijn Eerste Week.mdx`",
    fix: "`mijn-eerste-week.mdx`",
  }),
  "bestandsnaam-dubbel": rule({
    text: (slug: string, other: string) => `een ander bestand heeft dezelfde naam "${slug}": ${other}; hernoem of verwijder een van beide`,
    mistake: "`jeroen-bakker.md` en `jeroen-bakker.mdx` naast elkaar",
    fix: "houd één van de twee",
  }),

  // Frontmatter as a whole
  "frontmatter-ontbreekt": rule({
    text: () => "het bestand moet beginnen met de frontmatter tussen twee regels --- (zie het voorbeeld in content/README.md)",
    mistake: "de eerste regel is `title: \"…\"`",
    fix: "zet `---` op de eerste regel en op de regel na het laatste veld",
  }),
  "frontmatter-yaml": rule({
    text: (language: string) => `de frontmatter moet gewone YAML zijn: haal "${language}" weg achter de eerste --- (code in de frontmatter is niet toegestaan)`,
    mistake: "`---js`",
    fix: "`---`",
  }),
  "yaml-fout": rule({
    text: (reason: string) => `de frontmatter klopt hier niet; kijk op deze regel en de regel erboven naar aanhalingstekens, dubbele punten en inspringen (de YAML-lezer meldt: ${reason})`,
    mistake: "`title: \"Mijn titel`",
    fix: "`title: \"Mijn titel\"`",
  }),
  "frontmatter-vorm": rule({
    text: () => "de frontmatter moet bestaan uit regels als title: \"…\", elk veld op een eigen regel",
    mistake: "`- Mijn titel`",
    fix: "`title: \"Mijn titel\"`",
  }),

  // Fields
  "onbekend-veld": rule({
    text: (field: string, guess: string | undefined, known: readonly string[]) =>
      `onbekend veld "${field}"; ${guess ? `bedoel je "${guess}"?` : `de velden zijn: ${known.join(", ")}`}`,
    mistake: "`tittle: \"Mijn titel\"`",
    fix: "`title: \"Mijn titel\"`",
  }),
  "veld-ontbreekt": rule({
    text: (field: string) => `${field}: dit verplichte veld ontbreekt; voeg een regel "${field}: …" toe aan de frontmatter`,
    mistake: "geen regel `excerpt:`",
    fix: "`excerpt: \"Eén of twee zinnen over het artikel.\"`",
  }),
  "veld-leeg": rule({
    text: (field: string) => `${field}: dit veld is leeg; schrijf de waarde achter "${field}:"`,
    mistake: "`title:` of `title: \"\"`",
    fix: "`title: \"Mijn titel\"`",
  }),
  "tekst-verwacht": rule({
    text: (field: string, found: string) => `${field}: schrijf hier tekst, tussen aanhalingstekens als je twijfelt; er staat ${found}`,
    mistake: "`title: [Mijn titel]`",
    fix: "`title: \"Mijn titel\"`",
  }),
  "datum-vorm": rule({
    text: (field: string, found: string) => `${field}: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-02-10; er staat ${found}`,
    mistake: "`date: 10-02-2025`",
    fix: "`date: 2025-02-10`",
  }),
  "datum-bestaat-niet": rule({
    text: (field: string, found: string) => `${field}: deze datum bestaat niet in de kalender; er staat ${found}`,
    mistake: "`date: 2025-02-30`",
    fix: "`date: 2025-02-28`",
  }),
  "waar-of-onwaar": rule({
    text: (field: string, found: string) => `${field}: schrijf true (ja) of false (nee); er staat ${found}`,
    mistake: "`draft: ja`",
    fix: "`draft: true`",
  }),
  "samenvatting-te-lang": rule({
    text: (field: string, found: string) => `${field}: de samenvatting is langer dan 200 tekens (${found}); maak haar korter, zodat ze in een zoekresultaat past`,
    mistake: "een `excerpt` van drie lange zinnen",
    fix: "één of twee zinnen, hoogstens 200 tekens",
  }),
  "tags-lijst": rule({
    text: (field: string, found: string) => `${field}: schrijf de onderwerpen als lijst tussen blokhaken, met minstens één onderwerp, zoals [IT, Consultancy]; er staat ${found}`,
    mistake: "`tags: IT` of `tags: []`",
    fix: "`tags: [IT]`",
  }),
  "auteur-vorm": rule({
    text: (field: string, found: string) => `${field}: schrijf de naam of slug van de auteur, of een lijst ervan, zoals "Jeroen Bakker" of ["Jeroen Bakker", "Sanne de Vries"]; er staat ${found}`,
    mistake: "`author: []`",
    fix: "`author: \"Jeroen Bakker\"`",
  }),
  "avatar-pad": rule({
    text: (field: string, found: string) => `${field}: schrijf het pad naar een afbeelding in public/, zoals /images/authors/naam.jpg; er staat ${found}`,
    mistake: "`avatar: foto.jpg`",
    fix: "`avatar: /images/authors/sanne-de-vries.jpg`",
  }),
  "https-adres": rule({
    text: (field: string, found: string) => `${field}: schrijf een volledig webadres dat met https:// begint; er staat ${found}`,
    mistake: "`linkedin: www.linkedin.com/in/naam`",
    fix: "`linkedin: https://www.linkedin.com/in/naam`",
  }),
  "e-mailadres": rule({
    text: (field: string, found: string) => `${field}: dit is geen geldig e-mailadres; er staat ${found}`,
    mistake: "`email: sanne(at)voorbeeld.nl`",
    fix: "`email: sanne@voorbeeld.nl`",
  }),
  "veld-ongeldig": rule({
    text: (field: string, found: string, detail: string) => `${field}: deze waarde klopt niet (${detail}); er staat ${found}; kijk in content/README.md wat dit veld verwacht`,
    mistake: "`links: https://voorbeeld.nl`",
    fix: "`links:` met daaronder `  website: https://voorbeeld.nl`",
  }),

  // Authors and tags
  "auteur-onbekend": rule({
    text: (reference: string, known: readonly string[]) =>
      `author: de auteur "${reference}" bestaat niet; ${known.length > 0 ? `bekende auteurs: ${known.join(", ")}` : "er zijn nog geen auteurs: voeg er een toe in content/authors/"}`,
    mistake: "`author: \"Jeroen Baker\"`",
    fix: "`author: \"Jeroen Bakker\"`, of voeg de auteur toe in `content/authors/`",
  }),
  "auteur-dubbel": rule({
    text: (reference: string, name: string) => `author: "${reference}" is ${name}, die al in de lijst staat; haal er één weg`,
    mistake: "`author: [\"Jeroen Bakker\", jeroen-bakker]`",
    fix: "`author: \"Jeroen Bakker\"`",
  }),
  "avatar-ontbreekt": rule({
    text: (avatar: string) => `avatar: de afbeelding ${avatar} bestaat niet; zet haar in public${avatar} of haal de regel weg`,
    mistake: "`avatar: /images/authors/sanne.jpg` zonder dat bestand",
    fix: "zet de foto in `public/images/authors/sanne.jpg`",
  }),
  "bio-ontbreekt": rule({
    text: () => "de bio ontbreekt; schrijf onder de frontmatter een paar zinnen over de auteur",
    mistake: "alleen frontmatter, geen tekst eronder",
    fix: "twee tot vier zinnen over de auteur onder de tweede `---`",
  }),
  "tag-zonder-letters": rule({
    text: (label: string) => `tags: "${label}" heeft geen letters of cijfers, dus er kan geen webadres van gemaakt worden; gebruik een woord`,
    mistake: "`tags: [IT, \"!!\"]`",
    fix: "`tags: [IT]`",
  }),
  "tag-dubbel": rule({
    text: (label: string) => `tags: "${label}" staat twee keer in de lijst; haal er één weg`,
    mistake: "`tags: [IT, it]`",
    fix: "`tags: [IT]`",
  }),
  "tag-spelling": rule({
    text: (label: string, spelling: string, file: string) => `tags: "${label}" heet in ${file} "${spelling}"; gebruik die spelling, zodat de site één onderwerp toont`,
    mistake: "`tags: [it]` terwijl andere artikelen `IT` schrijven",
    fix: "`tags: [IT]`",
  }),
  "titel-dubbel": rule({
    text: (title: string, other: string) => `title: "${title}" is al de titel van ${other}; kies een andere titel`,
    mistake: "twee artikelen met `title: \"Werken in IT\"`",
    fix: "geef één van beide een eigen titel",
  }),

  // MDX the parser cannot read
  "html-commentaar": rule({
    text: (reason: string) => `een notitie als <!-- … --> werkt hier niet; schrijf {/* je notitie */}: die blijft in het bestand en komt niet op de site (de MDX-lezer meldt: ${reason})`,
    mistake: "`<!-- foto toevoegen -->`",
    fix: "`{/* foto toevoegen */}`",
  }),
  "tag-niet-gesloten": rule({
    text: (tag: string, reason: string) => `<${tag}> wordt niet gesloten; zet </${tag}> op een eigen regel na de tekst die erbij hoort (de MDX-lezer meldt: ${reason})`,
    mistake: "`<PullQuote cite=\"Tom\">` zonder `</PullQuote>`",
    fix: "`</PullQuote>` op een eigen regel na het citaat",
  }),
  "losse-kleiner-dan": rule({
    text: (reason: string) => `een < begint hier een tag; schrijf \\< of de woorden "minder dan" als je een gewone < bedoelt (de MDX-lezer meldt: ${reason})`,
    mistake: "`salaris <3000 euro`",
    fix: "`salaris \\<3000 euro` of `minder dan 3000 euro`",
  }),
  "tag-niet-af": rule({
    text: (reason: string) => `een tag is niet af; sluit hem met > (de MDX-lezer meldt: ${reason})`,
    mistake: "`<PullQuote cite=\"Tom\"`",
    fix: "`<PullQuote cite=\"Tom\">`",
  }),
  "losse-accolade": rule({
    text: (reason: string) => `accolades { } zijn voor code; schrijf \\{ en \\} als je gewone accolades bedoelt, of {/* … */} voor een notitie (de MDX-lezer meldt: ${reason})`,
    mistake: "`een {halve dag`",
    fix: "`een \\{halve dag`",
  }),
  "mdx-leesfout": rule({
    text: (reason: string) => `de tekst kan hier niet gelezen worden; kijk op deze regel naar tags, < en { } (de MDX-lezer meldt: ${reason})`,
    mistake: "`</PullQuote>` zonder `<PullQuote …>` ervoor",
    fix: "haal de losse sluittag weg, of zet de opening erboven",
  }),

  // What an article may contain
  "import-export": rule({
    text: () => "import en export horen niet in een artikel; haal deze regel weg",
    mistake: "`import Grafiek from \"./grafiek\"`",
    fix: "haal de regel weg",
  }),
  "code-in-tekst": rule({
    text: (snippet: string) =>
      `{${snippet}} is code; die wordt geblokkeerd en zou van de pagina verdwijnen. Haal de accolades weg, schrijf \\{ voor een gewone accolade, of maak er een notitie van: {/* … */}`,
    mistake: "`{1 + 1}`",
    fix: "`2`, `\\{1 + 1\\}` of `{/* 1 + 1 */}`",
  }),
  "leeg-fragment": rule({
    text: () => "een lege <> hoort niet in een artikel; haal hem weg",
    mistake: "`<>tekst</>`",
    fix: "`tekst`",
  }),
  "onbekend-component": rule({
    text: (name: string, guess: string | undefined, known: readonly string[]) =>
      `onbekende component <${name}>; ${guess ? `bedoel je ${guess}?` : `een artikel kan gebruiken: ${known.join(", ")}`}`,
    mistake: "`<Pullquote cite=\"Tom\">`",
    fix: "`<PullQuote cite=\"Tom\">`",
  }),
  "html-element": rule({
    text: (name: string, known: readonly string[]) => `HTML (<${name}>) is niet toegestaan in een artikel; gebruik Markdown (of een van deze componenten: ${known.join(", ")})`,
    mistake: "`<b>let op</b>`",
    fix: "`**let op**`",
  }),
  "prop-code": rule({
    text: (name: string, prop: string | undefined) =>
      prop
        ? `de prop ${prop} van <${name}> staat tussen { } en zou verdwijnen; schrijf ${prop}="tekst"`
        : `<${name}> heeft { } tussen zijn props; schrijf elke prop als naam="tekst"`,
    mistake: "`<PullQuote cite={Tom}>`",
    fix: "`<PullQuote cite=\"Tom\">`",
  }),
  "event-handler": rule({
    text: (name: string, prop: string) => `"${prop}" op <${name}> is niet toegestaan: een artikel kan geen code uitvoeren; haal het weg`,
    mistake: "`<PullQuote cite=\"Tom\" onClick=\"…\">`",
    fix: "`<PullQuote cite=\"Tom\">`",
  }),
  "prop-zonder-waarde": rule({
    text: (name: string, prop: string) => `de prop ${prop} van <${name}> heeft geen waarde; schrijf ${prop}="tekst"`,
    mistake: "`<PullQuote cite>`",
    fix: "`<PullQuote cite=\"Tom\">`",
  }),
  "onbekende-prop": rule({
    text: (name: string, prop: string, guess: string | undefined, known: readonly string[]) =>
      `<${name}> heeft geen prop "${prop}"${guess ? `; bedoel je ${guess}?` : ""} (wel: ${known.join(", ")})`,
    mistake: "`<PullQuote cite=\"Tom\" rol=\"trainee\">`",
    fix: "`<PullQuote cite=\"Tom\" role=\"trainee\">`",
  }),
  "prop-ontbreekt": rule({
    text: (name: string, prop: string) => `<${name}> mist de prop ${prop}="…"; voeg die toe`,
    mistake: "`<PullQuote>`",
    fix: "`<PullQuote cite=\"Tom\">`",
  }),
  "component-leeg": rule({
    text: (name: string) => `<${name}> is leeg; zet de tekst tussen <${name}> en </${name}>`,
    mistake: "`<PullQuote cite=\"Tom\" />`",
    fix: "`<PullQuote cite=\"Tom\">`, het citaat, dan `</PullQuote>`",
  }),
  "kop-niveau-1": rule({
    text: () => "een kop met één # kan niet: de titel is de enige hoofdkop van de pagina; gebruik ## voor een tussenkop",
    mistake: "`# Mijn eerste week`",
    fix: "`## Mijn eerste week`",
  }),
  "kop-overgeslagen": rule({
    text: (depth: number, previous: number) =>
      `een kop van niveau ${depth} volgt op niveau ${previous}; gebruik hier ${"#".repeat(previous + 1)}, zodat er geen niveau wordt overgeslagen`,
    mistake: "`###` direct na de inleiding",
    fix: "`##` (en daaronder pas `###`)",
  }),
  "onveilig-adres": rule({
    text: (kind: "link" | "afbeelding", scheme: string) =>
      `een ${kind} naar een "${scheme}"-adres is niet toegestaan; gebruik een adres dat met https:// begint of een pagina van deze site`,
    mistake: "`[klik](javascript:alert(1))`",
    fix: "`[klik](https://voorbeeld.nl)`",
  }),
  "link-onvolledig": rule({
    text: (url: string) => `link naar "${url}": schrijf een volledig adres dat met https:// begint, of een pagina van deze site die met / begint`,
    mistake: "`[CBS](www.cbs.nl)`",
    fix: "`[CBS](https://www.cbs.nl)`",
  }),
  "link-bestaat-niet": rule({
    text: (path: string) => `link naar ${path}, een pagina die (nog) niet bestaat; controleer het adres`,
    mistake: "`[lees dit](/artikelen/bestaat-niet)`",
    fix: "`[lees dit](/artikelen/overstappen-naar-it)`",
  }),
  "afbeelding-extern": rule({
    text: (url: string) => `afbeelding ${url} staat niet op deze site; zet haar in public/images/ en schrijf /images/… (afbeeldingen van andere websites worden geblokkeerd)`,
    mistake: "`![Logo](https://voorbeeld.nl/logo.png)`",
    fix: "`![Logo](/images/logo.png)`",
  }),
  "afbeelding-ontbreekt": rule({
    text: (url: string, file: string) => `afbeelding ${url} bestaat niet; zet het bestand in public${file}`,
    mistake: "`![Team](/images/team.jpg)` zonder dat bestand",
    fix: "zet de afbeelding in `public/images/team.jpg`",
  }),
  "alt-tekst": rule({
    text: () => "afbeelding zonder beschrijving (alt-tekst); beschrijf tussen de [ ] wat er op de afbeelding staat",
    mistake: "`![](/images/team.jpg)`",
    fix: "`![Drie collega's aan een whiteboard](/images/team.jpg)`",
  }),

  // GitHub-flavoured Markdown
  "tabel-kolommen": rule({
    text: (cells: number, columns: number) =>
      `deze tabelrij heeft ${cells} cellen, maar de kopregel maar ${columns}; alles vanaf cel ${columns + 1} zou verdwijnen. Haal de extra cellen weg of voeg kolommen toe aan de kopregel en de regel met ---`,
    mistake: "`| Junior | 3.000 | 3.400 |` onder `| Rol | Salaris |`",
    fix: "`| Junior | 3.000 tot 3.400 |`",
  }),
  "voetnoot-ontbreekt": rule({
    text: (label: string) => `voetnoot [^${label}] heeft geen tekst en zou als [^${label}] op de pagina staan; schrijf onderaan een regel "[^${label}]: de tekst van de voetnoot"`,
    mistake: "`bron[^cbs]` zonder regel `[^cbs]: …`",
    fix: "`[^cbs]: CBS, Statline, 2025.` onderaan het artikel",
  }),
  "voetnoot-ongebruikt": rule({
    text: (label: string) => `voetnoot [^${label}] wordt nergens in de tekst gebruikt en zou verdwijnen; zet [^${label}] achter de zin waar hij bij hoort, of haal de voetnoot weg`,
    mistake: "`[^2]: Bron …` zonder `[^2]` in de tekst",
    fix: "`… zoals het CBS meldt.[^2]`",
  }),

  // Limits that keep every accepted article buildable (lib/mdx/limits.ts)
  "te-diep-genest": rule({
    text: (limit: number) => `de tekst is hier te diep genest: meer dan ${limit} niveaus van citaten (>), lijsten en componenten in elkaar kan de site niet bouwen; maak er minder niveaus van, bijvoorbeeld door een citaat of lijst in losse alinea's te splitsen`,
    mistake: "een regel die begint met `> > > > …` (tientallen keren `>`)",
    fix: "`> Het citaat`, hoogstens een paar niveaus diep",
  }),
  "regel-te-lang": rule({
    text: (found: number, limit: number) => `deze regel is ${dutchNumber(found)} tekens lang, langer dan de ${dutchNumber(limit)} die de site aankan; zet een lege regel tussen de alinea's of splits de tabel of code`,
    mistake: "een hele tekst (of een tabel) geplakt op één regel",
    fix: "één alinea per regel, met een lege regel ertussen",
  }),
  "tekst-te-lang": rule({
    text: (found: number, limit: number) => `de tekst onder de frontmatter is ${dutchNumber(found)} tekens lang, langer dan de ${dutchNumber(limit)} die de site aankan; splits het artikel in delen`,
    mistake: "een boek van 150.000 tekens in één artikel",
    fix: "twee of drie artikelen die naar elkaar linken",
  }),

  // Characters the social image cannot draw (lib/content/drawable.ts asks lib/seo/og-assets.ts)
  "teken-onbekend": rule({
    text: (field: string, character: string) => {
      const codes = [...character].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
      return `${field}: het teken "${character}" (${codes}) kan niet op de deelafbeelding (de afbeelding bij een gedeelde link): die kent Latijnse letters, ook met accenten zoals ş, ł en ő, en emoji. Schrijf het met zulke tekens of laat het weg`;
    },
    mistake: "`title: \"Привет, IT\"`",
    fix: "`title: \"Privet, IT\"`",
  }),

  // Spelling and readability: warnings, not errors (npm run check:content -- --strikt makes them errors)
  "spelling": rule({
    text: (word: string, suggestions: readonly string[]) =>
      `"${word}" staat niet in het woordenboek${suggestions.length > 0 ? `; bedoel je ${list(suggestions.map((s) => `"${s}"`), "of")}?` : "."} Is het toch goed gespeld (een naam of vakterm), zet het dan in content/woordenlijst.txt`,
    mistake: "`Een goede ontwikelaar leert elke dag.`",
    fix: "`Een goede ontwikkelaar leert elke dag.`, of een vakterm als `medior` in `content/woordenlijst.txt`",
  }),
  "zin-te-lang": rule({
    text: (words: number, limit: number) => `deze zin heeft ${words} woorden, meer dan ${limit}; lange zinnen lezen zwaar, vooral op een telefoon: maak er twee of drie zinnen van`,
    mistake: "één zin van 45 woorden met drie keer `en` en twee keer `maar`",
    fix: "knip hem bij `en` of `maar` in twee of drie zinnen",
  }),
  "alinea-te-lang": rule({
    text: (words: number, limit: number) => `deze alinea heeft ${words} woorden, meer dan ${limit}; op een telefoon is dat een muur van tekst: begin een nieuwe alinea bij een nieuwe gedachte`,
    mistake: "een alinea van 160 woorden",
    fix: "twee alinea's van elk ongeveer 80 woorden, met een witregel ertussen",
  }),
} as const;

type Rules = typeof rules;
/** A rule of the content check, e.g. "tabel-kolommen". */
export type RuleCode = keyof Rules;

/** The message for a rule, ending with its code in brackets: `… [tabel-kolommen]`. */
export function say<C extends RuleCode>(code: C, ...args: Parameters<Rules[C]["text"]>): string {
  const text = (rules[code].text as (...a: unknown[]) => string)(...args);
  return `${text} [${code}]`;
}

/** Every rule code, in the order of the authoring guide. */
export const ruleCodes = Object.keys(rules) as RuleCode[];

/** True for a string that names a rule; the schema uses codes as its zod error messages. */
export function isRuleCode(value: string): value is RuleCode {
  return Object.hasOwn(rules, value);
}

/** The rule code a message ends with, e.g. "tabel-kolommen" for `… [tabel-kolommen]`. */
export function codeOf(message: string): RuleCode | undefined {
  const code = /\[([a-z0-9-]+)\]$/.exec(message)?.[1];
  return code && isRuleCode(code) ? code : undefined;
}

/** The authoring guide's table of rule codes: each with an example mistake and its fix. */
export function ruleTable(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const rows = ruleCodes.map((code) => `| \`[${code}]\` | ${cell(rules[code].mistake)} | ${cell(rules[code].fix)} |`);
  return ["| code | zo ziet de fout eruit | zo herstel je het |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The summary under a failed check, e.g. "3 problemen in 2 bestanden". */
export function problemCount(problems: number, files?: number): string {
  const p = `${problems} ${problems === 1 ? "probleem" : "problemen"}`;
  return files === undefined ? p : `${p} in ${files} ${files === 1 ? "bestand" : "bestanden"}`;
}

/** Rules of a frontmatter field, named by the schema (lib/content/schema.ts) as its zod error messages. */
const fieldRules = [
  "tekst-verwacht", "datum-vorm", "datum-bestaat-niet", "waar-of-onwaar", "samenvatting-te-lang", "tags-lijst",
  "auteur-vorm", "avatar-pad", "https-adres", "e-mailadres",
] as const satisfies readonly RuleCode[];
type FieldRule = (typeof fieldRules)[number] | "veld-leeg";

/** A schema error message: the code of the rule a field breaks. Typed, so a misspelt code fails to compile. */
export function fieldRule(code: FieldRule): FieldRule {
  return code;
}

/**
 * The message for a frontmatter field that fails the schema: `issue` is the schema's error message,
 * a rule code; any other text (zod's own, in Dutch) becomes the general rule for invalid values.
 */
export function fieldMessage(issue: string, field: string, found: string): string {
  if (issue === "veld-leeg") return say("veld-leeg", field);
  const code = fieldRules.find((c) => c === issue);
  return code ? say(code, field, found) : say("veld-ongeldig", field, found, issue);
}

/**
 * The message for MDX the parser cannot read: a Dutch explanation of its commonest complaints
 * first, the parser's own words (without their position) after.
 */
export function syntaxMessage(parserReason: string): string {
  const reason = parserReason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, "");
  const unclosed = /closing tag for `<([\w.]+)>`/.exec(reason);
  if (/to create a comment in MDX/.test(reason)) return say("html-commentaar", reason);
  if (unclosed) return say("tag-niet-gesloten", unclosed[1]!, reason);
  if (/before name/.test(reason)) return say("losse-kleiner-dan", reason);
  if (/expression|brace/i.test(reason)) return say("losse-accolade", reason);
  if (/Unexpected end of file/.test(reason)) return say("tag-niet-af", reason);
  return say("mdx-leesfout", reason);
}
