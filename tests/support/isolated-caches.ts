import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach } from "vitest";

// Unit tests compile MDX and store content manifests: into a temporary folder of this test file,
// never into the project's .cache/ that a build serves from. A test may set its own folder.
// Set now for a file's beforeAll hooks, and again before each test for a test that removed its own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unit-caches-"));
function isolate(): void {
  process.env.MDX_CACHE_DIR ??= path.join(dir, "mdx");
  process.env.CONTENT_CACHE_DIR ??= path.join(dir, "content");
}
isolate();
beforeEach(isolate);
