import fs from "node:fs";
import path from "node:path";
import type { buildSearchData } from "./build";

type SearchData = ReturnType<typeof buildSearchData>;

/** The folder under public/ that holds the search files: lib/routes.ts searchFilePath is where the browser fetches them. */
export const SEARCH_FOLDER = "zoeken";

/**
 * Every file of the search data as [path under public/, contents]: meta.json and one index file per
 * first letter under zoeken/index/, one small file per article under zoeken/doc/. Pure.
 */
export function searchFiles({ meta, shards, docs }: SearchData): [file: string, body: string][] {
  const file = (kind: "index" | "doc", name: string) => `${SEARCH_FOLDER}/${kind}/${name}`;
  return [
    [file("index", "meta.json"), JSON.stringify(meta)],
    ...[...shards].map(([letter, body]): [string, string] => [file("index", `${letter}.json`), body]),
    ...docs.map((doc, id): [string, string] => [file("doc", `${id}.json`), JSON.stringify(doc)]),
  ];
}

/** Removes the search files an earlier build wrote into `publicDir`. */
export function removeSearchFiles(publicDir: string): void {
  for (const kind of ["index", "doc"]) fs.rmSync(path.join(publicDir, SEARCH_FOLDER, kind), { recursive: true, force: true });
}

/** Writes the search data into `publicDir` as static files, replacing those of an earlier build. */
export function writeSearchFiles(publicDir: string, data: SearchData): number {
  removeSearchFiles(publicDir);
  const files = searchFiles(data);
  for (const dir of new Set(files.map(([file]) => path.dirname(file)))) fs.mkdirSync(path.join(publicDir, dir), { recursive: true });
  for (const [file, body] of files) fs.writeFileSync(path.join(publicDir, file), body);
  return files.length;
}
