/**
 * The content step before Next (npm's predev, prebuild and prebuild:static): reads the content once,
 * compiles each article body once and writes what the build serves as plain files into public/ —
 * - every visible article's MDX compiled to code in .cache/mdx (lib/mdx/compile.tsx), compiling only
 *   bodies no earlier run has compiled with the same compiler; the pages only run that code;
 * - every social image under public/og, rendering only those whose inputs no earlier build has seen
 *   (lib/seo/og-build.ts);
 * - the search data under public/zoeken (lib/search/files.ts), so Next prerenders no route per article.
 * - the content itself, read and validated, in .cache/content (lib/content/manifest.ts): Next's workers
 *   take it from there instead of parsing every article again;
 * `--preview` includes drafts and future articles (the pull-request preview; PREVIEW_DRAFTS=1 too).
 * `--dev` (before `next dev`) includes them as well and writes no search files: the development
 * server answers search from the live content (app/zoeken/…/route.dev.ts) and must not find stale files.
 */
import { visibleArticles } from "../lib/content/articles";
import { ContentError } from "../lib/content/problems";
import { writeContentManifest } from "../lib/content/manifest";
import { readContent } from "../lib/content/read";
import { todayInAmsterdam } from "../lib/dates";
import { publicDir } from "../lib/images/paths";
import { precompileMdx } from "../lib/mdx/compile";
import { buildSearchData } from "../lib/search/build";
import { removeSearchFiles, writeSearchFiles } from "../lib/search/files";
import { buildOgImages } from "../lib/seo/og-build";
import { ogCacheDir } from "../lib/seo/og-cache";
import { ogEntries } from "../lib/seo/og-cards";

const dev = process.argv.includes("--dev");
const preview = dev || process.argv.includes("--preview") || process.env.PREVIEW_DRAFTS === "1";
const content = readContent();
const { articles, authors, problems } = content;
const errors = problems.filter((p) => p.severity !== "warning");
if (errors.length > 0 && !preview) throw new ContentError(errors);
// Next's workers (and `next dev`'s first pages) take this result instead of reading the content again (lib/content/manifest.ts).
writeContentManifest(content);
const visible = visibleArticles(articles, { preview, today: todayInAmsterdam() });
const mdxStarted = performance.now();
const mdx = await precompileMdx(visible, { prune: !preview });
const compiledIn = ((performance.now() - mdxStarted) / 1000).toFixed(1);
console.log(`MDX: ${mdx.bodies} articles (${mdx.compiled} compiled, ${mdx.bodies - mdx.compiled} from the cache${mdx.pruned ? `, ${mdx.pruned} unused removed from it` : ""}) in ${compiledIn} s`);
const imagesStarted = performance.now();
const report = await buildOgImages(ogEntries(visible, authors), {
  cacheDir: ogCacheDir(),
  // PUBLIC_DIR when set (the image fixture), so that a fixture build never prunes the site's own images.
  publicDir: publicDir(),
  prune: !preview,
});
const seconds = ((performance.now() - imagesStarted) / 1000).toFixed(1);
console.log(`Social images: ${report.images} (${report.rendered} rendered, ${report.images - report.rendered} from the cache${report.pruned ? `, ${report.pruned} unused removed from it` : ""}) in ${seconds} s`);
if (dev) removeSearchFiles(publicDir());
else console.log(`Search files: ${writeSearchFiles(publicDir(), buildSearchData(visible))}`);
