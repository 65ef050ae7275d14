/**
 * The site the sub-folder export for the browser tests is built from (`npm run build:static:base-path`
 * runs this first): the site's own content and public files plus the image fixture
 * (lib/images/fixture/content.ts: a generated 4000 × 3000 phone photo and the longest Dutch
 * compounds), written into .e2e/site. One export then serves e2e/base-path.spec.ts and
 * e2e/image-fixture.spec.ts, one `next build` fewer than a fixture site of its own. Nothing of it is committed.
 */
import fs from "node:fs";
import path from "node:path";
import { writeImageFixture } from "../lib/images/fixture/content";

const root = path.resolve(import.meta.dirname, "..");
const site = path.join(root, ".e2e", "site");
/** What the content step writes into the public folder; it writes them again for this site. */
const generated = new Set(["og", "zoeken"]);

fs.rmSync(site, { recursive: true, force: true });
const { content, publicDir } = await writeImageFixture(site);
fs.cpSync(path.join(root, "content"), content, { recursive: true, errorOnExist: true, force: false });
fs.cpSync(path.join(root, "public"), publicDir, {
  recursive: true,
  errorOnExist: true,
  force: false,
  filter: (source) => !generated.has(path.relative(path.join(root, "public"), source).split(path.sep)[0] ?? ""),
});
console.log(`Test site: the site's content and public files with the image fixture in ${path.relative(root, site)}`);
