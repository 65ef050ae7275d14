import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const validAuthor = `---
name: "Jeroen Bakker"
role: "Senior IT-consultant"
---

Jeroen werkt al twaalf jaar als consultant.
`;

/** A valid article, with fields overridable by name (undefined removes a field). */
export function article(fields: Record<string, string | undefined> = {}, body = "Een alinea tekst.\n\n## Kopje\n\nMeer tekst.\n"): string {
  const defaults: Record<string, string | undefined> = {
    title: '"Een titel"',
    date: "2025-02-10",
    author: '"Jeroen Bakker"',
    excerpt: '"Een korte samenvatting."',
    tags: "[IT, Consultancy]",
  };
  const merged = { ...defaults, ...fields };
  const lines = Object.entries(merged)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

/** Writes a content folder with the given files (paths relative to it) into a fresh temp dir. */
export function contentFolder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  const all = { "authors/jeroen-bakker.md": validAuthor, ...files };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}
