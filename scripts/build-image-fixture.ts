/**
 * `npm run build:fixture`: writes the image fixture site (a generated 4000 × 3000 phone photo and
 * the longest Dutch compounds, see lib/images/fixture/content.ts) into .e2e/images and builds it
 * into .e2e/images/next for the browser tests in e2e/image-fixture.spec.ts. Nothing of it is committed.
 */
import path from "node:path";
import { buildSite, setDistDir } from "../bench/lib/server";
import { writeImageFixture } from "../lib/images/fixture/content";

const root = path.resolve(import.meta.dirname, "..", ".e2e", "images");
const { content, publicDir } = await writeImageFixture(root);
process.env.CONTENT_DIR = content;
process.env.PUBLIC_DIR = publicDir;
setDistDir(".e2e/images/next");
await buildSite();
