import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toTag } from "../tags";
import { buildSearchData, type SearchSource } from "./build";
import { searchFiles, writeSearchFiles } from "./files";
import { searchFilePath } from "../routes";
import { highlight, queryTerms, snippet } from "./highlight";
import { clearSearchCache, search } from "./query";
import { foldAccents, normalizeTerm, terms } from "./text";

const author = { slug: "a", name: "Jeroen Bakker", role: "Consultant" };
function doc(slug: string, title: string, tags: string[], text: string, excerpt = "Een artikel."): SearchSource {
  return { slug, title, date: "2025-01-01", draft: false, excerpt, tags: tags.map(toTag), authors: [author], readingMinutes: 2, headings: [], text };
}

const corpus = [
  doc("consultancy-titel", "Werken in consultancy", ["Consultancy"], "Een dag bij de klant, met overleg en advies."),
  doc("consultant-body", "Een dag op kantoor", ["IT"], "Als junior consultant schrijf je veel adviezen voor klanten."),
  doc("carriere", "Carrière maken in de cloud", ["Cloud & Security", "Traineeship"], "Certificeringen helpen bij je carrière in cloud en security."),
  doc("thuiswerken", "Thuiswerken als developer", ["Development"], "Thuiswerk vraagt discipline; het salaris blijft gelijk."),
  doc("traineeship-cloud", "Een traineeship in de cloud", ["Traineeship", "Cloud & Security"], "Tijdens je traineeship leer je de cloud kennen."),
];
const { meta, shards } = buildSearchData(corpus);
const load = async (shard: string) => shards.get(shard)!;
const slugs = async (query: string, tags: string[] = []) => (await search(query, meta, load, tags)).map((h) => corpus[h.id]!.slug);

describe("normalisation", () => {
  it("ignores case and accents and reduces Dutch words to their stem", () => {
    expect(foldAccents("Carrière één")).toBe("Carriere een");
    expect(normalizeTerm("Carrière")).toBe(normalizeTerm("carriere"));
    expect(normalizeTerm("certificeringen")).toBe(normalizeTerm("certificering"));
    expect(normalizeTerm("Thuiswerken")).toBe(normalizeTerm("thuiswerk"));
    expect(terms("IT-consultant")).toEqual(expect.arrayContaining([normalizeTerm("consultant")]));
    expect(queryTerms("  Cloud  cloud ")).toEqual(["cloud"]);
  });
});

describe("search on a fixed corpus", () => {
  it("ranks a title match above a body match", async () => {
    clearSearchCache();
    const found = await slugs("consultancy");
    expect(found[0]).toBe("consultancy-titel");
  });
  it("matches prefixes while typing: consult finds consultancy and consultant", async () => {
    expect(await slugs("consult")).toEqual(expect.arrayContaining(["consultancy-titel", "consultant-body"]));
  });
  it("ignores accents: carriere finds carrière", async () => {
    expect(await slugs("carriere")).toContain("carriere");
  });
  it("matches inflections: certificering finds certificeringen, thuiswerk finds thuiswerken", async () => {
    expect(await slugs("certificering")).toEqual(["carriere"]);
    expect(await slugs("thuiswerk")).toEqual(["thuiswerken"]);
  });
  it("forgives one typo in longer words", async () => {
    expect(await slugs("salaries")).toEqual(["thuiswerken"]);
    expect(await slugs("traineship")).toEqual(expect.arrayContaining(["traineeship-cloud", "carriere"]));
  });
  it("needs every word, and combines with tags", async () => {
    expect(await slugs("cloud traineeship")).toEqual(expect.arrayContaining(["traineeship-cloud", "carriere"]));
    expect(await slugs("cloud", ["development"])).toEqual([]);
    expect(await slugs("cloud", ["traineeship"])).toHaveLength(2);
    expect(await slugs("cloud salaris")).toEqual([]);
    expect(await slugs("xyzzy")).toEqual([]);
  });
});

describe("snippets", () => {
  it("highlight the words that match, in their original spelling", () => {
    expect(highlight("Je carrière in de cloud", "carriere cloud").filter((p) => p.match).map((p) => p.text)).toEqual(["carrière", "cloud"]);
  });
  it("show text around the first match", () => {
    const text = `${"Inleiding zonder treffer. ".repeat(20)}Hier gaat het over salaris en meer.`;
    const s = snippet(text, "salaris", 80);
    expect(s.startsWith("… ")).toBe(true);
    expect(s).toContain("salaris");
    expect(s.length).toBeLessThanOrEqual(90);
  });
});

describe("search files", () => {
  const data = buildSearchData(corpus);

  it("are the files the browser fetches, at the paths it fetches them", () => {
    const files = new Map(searchFiles(data));
    expect(files.size).toBe(1 + data.shards.size + corpus.length);
    for (const [file] of files) expect(searchFilePath(file.includes("/doc/") ? "doc" : "index", path.basename(file))).toMatch(new RegExp(`/${file}$`));
    expect(JSON.parse(files.get("zoeken/index/meta.json")!)).toEqual(data.meta);
    expect(JSON.parse(files.get("zoeken/doc/2.json")!)).toMatchObject({ slug: "carriere", title: "Carrière maken in de cloud" });
    expect(files.get("zoeken/index/c.json")).toBe(data.shards.get("c"));
  });

  it("replace those of an earlier build", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-files-"));
    writeSearchFiles(dir, buildSearchData(corpus));
    const written = () => fs.readdirSync(path.join(dir, "zoeken/doc")).sort();
    expect(written()).toEqual(["0.json", "1.json", "2.json", "3.json", "4.json"]);
    fs.writeFileSync(path.join(dir, "zoeken/keep.txt"), "not ours");
    writeSearchFiles(dir, buildSearchData(corpus.slice(0, 2)));
    expect(written()).toEqual(["0.json", "1.json"]);
    expect(fs.existsSync(path.join(dir, "zoeken/keep.txt"))).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});
