import { z } from "zod";
import { fieldRule } from "../check/messages";

// Error messages are rule codes of lib/check/messages.ts, which words them for editors; zod's own
// messages, for anything the schema does not name, are Dutch too.
z.config(z.locales.nl());

/** A calendar date written as YYYY-MM-DD that actually exists (2025-02-30 does not). */
export const isoDate = z
  .string({ error: fieldRule("datum-vorm") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: fieldRule("datum-vorm"), abort: true })
  .refine(isRealDate, { error: fieldRule("datum-bestaat-niet") });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = () => z.string({ error: fieldRule("tekst-verwacht") }).trim().min(1, { error: fieldRule("veld-leeg") });

/** Frontmatter of an article in content/articles/<slug>.mdx: the single source of truth. */
export const articleFrontmatterSchema = z.strictObject({
  title: text().describe("De titel van het artikel, zoals die boven het artikel staat."),
  date: isoDate.describe("Publicatiedatum als JJJJ-MM-DD. Een datum in de toekomst wordt pas op die dag gepubliceerd."),
  author: z
    .union([text(), z.array(text()).min(1, { error: fieldRule("auteur-vorm") })], { error: fieldRule("auteur-vorm") })
    .describe("Naam of slug van de auteur (bijv. \"Jeroen Bakker\" of jeroen-bakker); een lijst bij meerdere auteurs."),
  excerpt: text()
    .max(200, { error: fieldRule("samenvatting-te-lang") })
    .describe("Korte samenvatting (hoogstens 200 tekens) voor kaartjes, zoekmachines en delen."),
  tags: z
    .array(text(), { error: fieldRule("tags-lijst") })
    .min(1, { error: fieldRule("tags-lijst") })
    .describe("Lijst van onderwerpen, bijv. [IT, Consultancy]. Gebruik bestaande spellingen."),
  updated: isoDate.optional().describe("Optioneel: datum van de laatste inhoudelijke wijziging (JJJJ-MM-DD)."),
  draft: z.boolean({ error: fieldRule("waar-of-onwaar") }).optional().describe("Optioneel: true houdt het artikel uit de gepubliceerde site."),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** Frontmatter of an author in content/authors/<slug>.md(x). */
export const authorFrontmatterSchema = z.strictObject({
  name: text().describe("Volledige naam zoals die in de byline staat."),
  role: text().describe("Functie, bijv. \"Senior IT-consultant\"."),
  avatar: z
    .string({ error: fieldRule("avatar-pad") })
    .regex(/^\/[\w\-./]+\.(png|jpe?g|webp|avif|svg)$/i, { error: fieldRule("avatar-pad") })
    .optional()
    .describe("Optioneel: pad naar een foto in public/, bijv. /images/authors/naam.jpg."),
  links: z
    .strictObject({
      linkedin: z.url({ protocol: /^https$/, error: fieldRule("https-adres") }).optional(),
      website: z.url({ protocol: /^https$/, error: fieldRule("https-adres") }).optional(),
      email: z.email({ error: fieldRule("e-mailadres") }).optional(),
    })
    .optional()
    .describe("Optioneel: linkedin, website (https-adressen) en email."),
});

export type AuthorFrontmatter = z.infer<typeof authorFrontmatterSchema>;
