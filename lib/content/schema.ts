import { z } from "zod";

/** A calendar date written as YYYY-MM-DD that actually exists (2025-02-30 does not). */
export const isoDate = z
  .string({ error: "expected a date like 2025-02-10" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date like 2025-02-10", abort: true })
  .refine(isRealDate, { error: "this date does not exist in the calendar" });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `${what} is empty` });

/** Frontmatter of an article in content/articles/<slug>.mdx: the single source of truth. */
export const articleFrontmatterSchema = z.strictObject({
  title: text("the title").describe("De titel van het artikel, zoals die boven het artikel staat."),
  date: isoDate.describe("Publicatiedatum als JJJJ-MM-DD. Een datum in de toekomst wordt pas op die dag gepubliceerd."),
  author: z
    .union([text("the author"), z.array(text("an author")).min(1, { error: "the author list is empty" })], {
      error: "expected an author name or slug, or a list of them",
    })
    .describe("Naam of slug van de auteur (bijv. \"Jeroen Bakker\" of jeroen-bakker); een lijst bij meerdere auteurs."),
  excerpt: text("the excerpt")
    .max(200, { error: "the excerpt is longer than 200 characters; shorten it so it fits a search result" })
    .describe("Korte samenvatting (hoogstens 200 tekens) voor kaartjes, zoekmachines en delen."),
  tags: z
    .array(text("a tag"), { error: "expected a list of tags, like [IT, Consultancy]" })
    .min(1, { error: "give at least one tag" })
    .describe("Lijst van onderwerpen, bijv. [IT, Consultancy]. Gebruik bestaande spellingen."),
  updated: isoDate.optional().describe("Optioneel: datum van de laatste inhoudelijke wijziging (JJJJ-MM-DD)."),
  draft: z.boolean({ error: "expected true or false" }).optional().describe("Optioneel: true houdt het artikel uit de gepubliceerde site."),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** Frontmatter of an author in content/authors/<slug>.md(x). */
export const authorFrontmatterSchema = z.strictObject({
  name: text("the name").describe("Volledige naam zoals die in de byline staat."),
  role: text("the role").describe("Functie, bijv. \"Senior IT-consultant\"."),
  avatar: z
    .string({ error: "expected a path like /images/authors/naam.jpg" })
    .regex(/^\/[\w\-./]+\.(png|jpe?g|webp|avif|svg)$/i, { error: "expected a path in public/ like /images/authors/naam.jpg" })
    .optional()
    .describe("Optioneel: pad naar een foto in public/, bijv. /images/authors/naam.jpg."),
  links: z
    .strictObject({
      linkedin: z.url({ protocol: /^https$/, error: "expected an https:// address" }).optional(),
      website: z.url({ protocol: /^https$/, error: "expected an https:// address" }).optional(),
      email: z.email({ error: "expected an e-mail address" }).optional(),
    })
    .optional()
    .describe("Optioneel: linkedin, website (https-adressen) en email."),
});

export type AuthorFrontmatter = z.infer<typeof authorFrontmatterSchema>;
