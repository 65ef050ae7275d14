import { dutchOrder } from "../collation";
import { todayInAmsterdam } from "../dates";
import { countTags, type Tag } from "../tags";
import { neighbours, relatedArticles, visibleArticles, type Article, type Author } from "./articles";
import { contentDir, contentSignature } from "./files";
import { readContentManifest } from "./manifest";
import { ContentError } from "./problems";
import { readContent } from "./read";

/** The visible articles with the lookups pages need, built once so that a page need not scan the archive. */
interface Store {
  articles: Article[];
  /** Alphabetically by name. */
  authors: Author[];
  bySlug: Map<string, Article>;
  /** Article slug → its place in `articles`. */
  position: Map<string, number>;
  authorsBySlug: Map<string, Author>;
  /** Tag slug → the tag, its count and its articles, newest first. */
  byTag: Map<string, { tag: Tag; count: number; articles: Article[] }>;
  /** Author slug → their (co-)written articles, newest first. */
  byAuthor: Map<string, Article[]>;
  tags: { tag: Tag; count: number }[];
}

function index(articles: Article[], authors: readonly Author[]): Store {
  const tags = countTags(articles);
  const byTag = new Map(tags.map(({ tag, count }) => [tag.slug, { tag, count, articles: [] as Article[] }]));
  const byAuthor = new Map<string, Article[]>(authors.map((a) => [a.slug, []]));
  // Articles come newest first, so every list built here is newest first too.
  for (const article of articles) {
    for (const tag of article.tags) byTag.get(tag.slug)?.articles.push(article);
    for (const author of article.authors) byAuthor.get(author.slug)?.push(article);
  }
  const sorted = [...authors].sort((a, b) => dutchOrder.compare(a.name, b.name));
  return { articles, authors: sorted, bySlug: new Map(articles.map((a) => [a.slug, a])), position: new Map(articles.map((a, i) => [a.slug, i])), authorsBySlug: new Map(sorted.map((a) => [a.slug, a])), byTag, byAuthor, tags };
}

let cached: Store | undefined;
let cachedSignature = "";

/**
 * The site's content, read once per process (so once per build) and cached. Throws a ContentError
 * listing every problem when anything is invalid: broken content never silently disappears.
 */
function store(): Store {
  // Under `npm run dev` an edited, added or removed file must show on the next reload: the content
  // is read again whenever a file's time or size differs, and otherwise shared by all the calls
  // that one page makes.
  const development = process.env.NODE_ENV === "development";
  // PREVIEW_DRAFTS=1 (set by `npm run preview:pr`) puts drafts and scheduled articles in a production build.
  const preview = development || process.env.PREVIEW_DRAFTS === "1";
  const signature = development ? contentSignature(contentDir()) : "";
  if (!cached || signature !== cachedSignature) {
    // The content step (scripts/prebuild.ts, before `next build` and `next dev`) has read and validated
    // everything already: each of Next's workers, and the development server's first load, takes its
    // stored result instead of parsing every article again. A later load means a file changed since,
    // so the manifest is not even opened then.
    const { articles, authors, problems } = (cached ? undefined : readContentManifest()) ?? readContent();
    // Warnings (an image that will look blurry) are reported by the check but do not stop the build.
    const errors = problems.filter((p) => p.severity !== "warning");
    if (errors.length > 0) throw new ContentError(errors);
    cached = index(visibleArticles(articles, { preview, today: todayInAmsterdam() }), authors);
    cachedSignature = signature;
  }
  return cached;
}

/** Published articles (drafts too under `npm run dev` and in a pull request preview), newest first. */
export const getArticles = (): Article[] => store().articles;

/** One article by slug, or undefined. */
export const getArticle = (slug: string): Article | undefined => store().bySlug.get(slug);

/** All authors, alphabetically by name. */
export const getAuthors = (): Author[] => store().authors;

/** One author by slug, or undefined. */
export const getAuthor = (slug: string): Author | undefined => store().authorsBySlug.get(slug);

/** Every tag of the visible articles with its count: most used first, then alphabetically. */
export const getTagCounts = (): { tag: Tag; count: number }[] => store().tags;

/** One tag by slug with its count, or undefined. */
export function getTag(slug: string): { tag: Tag; count: number } | undefined {
  const found = store().byTag.get(slug);
  return found && { tag: found.tag, count: found.count };
}

/** The articles carrying a tag, newest first (empty for an unknown tag). */
export const getArticlesTagged = (tagSlug: string): Article[] => store().byTag.get(tagSlug)?.articles ?? [];

/** The older (previous) and newer (next) article beside this one. */
export const getNeighbours = (slug: string): { previous?: Article; next?: Article } => neighbours(store().position.get(slug) ?? -1, store().articles);

/** Up to three articles sharing the most tags with this one, looked for only among articles that share one. */
export function getRelated(article: Article): Article[] {
  const candidates = new Set(article.tags.flatMap((tag) => getArticlesTagged(tag.slug)));
  return relatedArticles(article, [...candidates]);
}

/** The articles an author wrote or co-wrote, newest first (empty for an unknown author). */
export const getArticlesBy = (authorSlug: string): Article[] => store().byAuthor.get(authorSlug) ?? [];
