import fs from "node:fs";
import path from "node:path";
import { publicDir } from "../images/paths";

/*
 * The only module of the loader that touches the file system: everything else in lib/content is a
 * pure function of the text read here, so it is tested without temporary folders.
 */

/** A file of the content folder, as read from disk. */
export interface ContentFile {
  /** The file's name, e.g. mijn-artikel.mdx. */
  name: string;
  /** The path an editor sees: relative to the repository when inside it. */
  file: string;
  source: string;
}

/** The content folder: CONTENT_DIR when set (benchmarks, tests), else ./content. */
export function contentDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/** A path as editors see it: relative to the repository when inside it. */
function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return relative && !relative.startsWith("..") ? relative.split(path.sep).join("/") : full;
}

/** Every visible file of a content sub-folder (authors, articles), sorted by name; none when it is absent. */
export function readFolder(root: string, sub: string): ContentFile[] {
  const dir = path.join(root, sub);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => ({ name, file: displayPath(path.join(dir, name)), source: fs.readFileSync(path.join(dir, name), "utf8") }));
}

/** Whether a path such as /images/x.jpg names a file in public/. */
export function publicFileExists(publicPath: string): boolean {
  return !publicPath.includes("..") && fs.existsSync(path.join(publicDir(), publicPath));
}

/** Every content file's name, modification time and size, as one string: it changes when a file does. */
export function contentSignature(root: string): string {
  return ["authors", "articles"]
    .flatMap((sub) => {
      const dir = path.join(root, sub);
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).map((name) => {
        const stat = fs.statSync(path.join(dir, name));
        return `${sub}/${name}:${stat.mtimeMs}:${stat.size}`;
      });
    })
    .join("|");
}

/** The site's own word list (content/woordenlijst.txt): one word a line, # starts a comment; none when absent. */
export function readWordList(root: string): string[] {
  const file = path.join(root, "woordenlijst.txt");
  return fs.existsSync(file) ? parseWordList(fs.readFileSync(file, "utf8")) : [];
}

/** The words of a word list's text: one a line, blank lines and # comments left out. */
export function parseWordList(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}
