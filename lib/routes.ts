import { pageCount } from "./pagination";

/**
 * Every address of the site, written once. Pages, components, feeds, the sitemap and the content
 * check's link rule build paths here, so a path can never differ between two places.
 *
 * Every path here already carries the base path (BASE_PATH at build time, e.g. /voorbeeld/pr-12),
 * so a site built for a sub-folder links, fetches and lists its pages inside that sub-folder.
 */

/** A base path as Next.js wants it: "" for none, else one leading slash and no trailing one. */
export function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/\/+$/, "");
  if (!trimmed) return "";
  if (!/^\/?[\w.~-]+(\/[\w.~-]+)*$/.test(trimmed)) throw new Error(`BASE_PATH "${value}" is not a path like /voorbeeld/pr-12`);
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** The sub-folder the site is served from, or "" at the root of its domain (inlined at build time). */
export const basePath = normaliseBasePath(process.env.BASE_PATH);

/** A path of this site (or of a file in public/) as a browser must ask for it: under the base path. */
export function withBasePath(path: string, base: string = basePath): string {
  if (!base || !path.startsWith("/") || path.startsWith("//")) return path;
  return path === "/" ? base : `${base}${path}`;
}

/** A path as an editor writes it in an article (/artikelen/x): the base path taken off again. */
export function withoutBasePath(path: string, base: string = basePath): string {
  if (!base) return path;
  if (path === base) return "/";
  return path.startsWith(`${base}/`) ? path.slice(base.length) : path;
}

export const paths = {
  home: withBasePath("/"),
  articles: withBasePath("/artikelen"),
  tags: withBasePath("/tags"),
  authors: withBasePath("/auteurs"),
  search: withBasePath("/zoeken"),
  feed: withBasePath("/feed.xml"),
  sitemap: withBasePath("/sitemap.xml"),
  /** The tag filter's compact index of every article. */
  filterIndex: withBasePath("/data/artikelen.json"),
} as const;

/** An address no route matches (app/ folders starting with "_" are private): next start answers it with the 404 page. */
export const unmatchedPath = "/_malformed-address";

/** An article's page. */
export const articlePath = (slug: string) => `${paths.articles}/${slug}`;
/** A tag's article list. */
export const tagPath = (slug: string) => `${paths.tags}/${slug}`;
/** A tag's own RSS feed. */
export const tagFeedPath = (slug: string) => `${tagPath(slug)}/feed.xml`;
/** An author's page. */
export const authorPath = (slug: string) => `${paths.authors}/${slug}`;

/** The sections that have a 1200×630 social image per item, by their folder under /og. */
export type OgSection = "artikelen" | "tags" | "auteurs" | "site";
/** The folder of the social images (written into public/ before the build, see lib/seo/og-build.ts). */
export const ogImageFolder = "/og";
/** A social image: /og/<section>/<slug>.png. */
export const ogImagePath = (section: OgSection, slug: string) => withBasePath(`${ogImageFolder}/${section}/${slug}.png`);
export const defaultOgImagePath = ogImagePath("site", "default");

/** A resized version of an image in public/: /images/team.jpg at 700 px in WebP is /img/images/team.jpg/700.webp. */
export const imageVariantPath = (src: string, width: number, format: string) => withBasePath(`/img${src}/${width}.${format}`);

/** One of the search's files: the shard index or a result document, served under /zoeken. */
export const searchFilePath = (kind: "index" | "doc", file: string) => `${paths.search}/${kind}/${file}`;

/** Page `page` (1-based) of a list at `listPath`: page 1 is the list itself, the others /pagina/N. */
export function listPagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}/pagina/${page}`;
}

/** What the list of the site's pages needs to know of an article. */
interface PageSource {
  slug: string;
  date: string;
  updated?: string;
  tags: readonly { slug: string }[];
  authors: readonly { slug: string }[];
}

/** One address a production build serves; `page` when it is an HTML page (for the sitemap). */
export interface SitePage {
  path: string;
  kind: "page" | "feed";
  /** The date its content last changed, when it shows articles. */
  lastModified?: string;
}

const changed = (a: { date: string; updated?: string }) => a.updated ?? a.date;
const newest = (articles: readonly PageSource[]) =>
  articles.reduce<string | undefined>((max, a) => (max === undefined || changed(a) > max ? changed(a) : max), undefined);

/**
 * The one list of the site's pages and feeds, from the articles a build shows and every author.
 * The sitemap lists its pages; the content check lets links point only at its paths.
 */
export function sitePages(articles: readonly PageSource[], authorSlugs: readonly string[]): SitePage[] {
  const byTag = new Map<string, PageSource[]>();
  const byAuthor = new Map<string, PageSource[]>(authorSlugs.map((slug) => [slug, []]));
  for (const article of articles) {
    for (const tag of article.tags) {
      const list = byTag.get(tag.slug);
      if (list) list.push(article);
      else byTag.set(tag.slug, [article]);
    }
    for (const author of article.authors) byAuthor.get(author.slug)?.push(article);
  }
  const page = (path: string, lastModified: string | undefined): SitePage => ({ path, kind: "page", lastModified });
  const list = (listPath: string, items: readonly PageSource[]) =>
    Array.from({ length: pageCount(items.length) }, (_, i) => page(listPagePath(listPath, i + 1), newest(items)));
  const feed = (path: string): SitePage => ({ path, kind: "feed" });
  return [
    page(paths.home, newest(articles)),
    ...list(paths.articles, articles),
    page(paths.tags, newest(articles)),
    page(paths.authors, newest(articles)),
    page(paths.search, newest(articles)),
    ...articles.map((a) => page(articlePath(a.slug), changed(a))),
    ...[...byTag].flatMap(([slug, items]) => list(tagPath(slug), items)),
    ...[...byAuthor].flatMap(([slug, items]) => list(authorPath(slug), items)),
    feed(paths.feed),
    ...[...byTag.keys()].map((slug) => feed(tagFeedPath(slug))),
    feed(paths.sitemap),
  ];
}
