/**
 * Runs before `next build` and `next dev` (npm's prebuild and predev): makes every social image
 * available under public/og, rendering only those whose inputs no earlier build has seen
 * (lib/seo/og-build.ts). `--preview` includes drafts and future articles, as `next dev` shows them.
 */
import { visibleArticles } from "../lib/content/articles";
import { ContentError } from "../lib/content/problems";
import { readContent } from "../lib/content/read";
import { todayInAmsterdam } from "../lib/dates";
import { publicDir } from "../lib/images/paths";
import { buildOgImages } from "../lib/seo/og-build";
import { ogCacheDir } from "../lib/seo/og-cache";
import { ogEntries } from "../lib/seo/og-cards";

const preview = process.argv.includes("--preview");
const started = performance.now();
const { articles, authors, problems } = readContent();
if (problems.length > 0 && !preview) throw new ContentError(problems);
const visible = visibleArticles(articles, { preview, today: todayInAmsterdam() });
const report = await buildOgImages(ogEntries(visible, authors), {
  cacheDir: ogCacheDir(),
  // PUBLIC_DIR when set (the image fixture), so that a fixture build never prunes the site's own images.
  publicDir: publicDir(),
  prune: !preview,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Social images: ${report.images} (${report.rendered} rendered, ${report.images - report.rendered} from the cache${report.pruned ? `, ${report.pruned} unused removed from it` : ""}) in ${seconds} s`);
