/**
 * Index audit for the load benchmark: every foreign key in prisma/models.prisma must be the leading column(s) of an
 * index (`@id`, `@unique`, `@@id`, `@@unique` or `@@index`), so that joins, relation filters and cascading deletes
 * never scan a table. Returns the foreign keys and the index that covers each (or none).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type ForeignKeyIndex = { model: string; fields: string[]; coveredBy: string | null };

export function auditForeignKeyIndexes(schemaPath = path.join(process.cwd(), "prisma", "models.prisma")): ForeignKeyIndex[] {
  const source = readFileSync(schemaPath, "utf8").replace(/\/\/.*$/gm, "");
  const results: ForeignKeyIndex[] = [];
  for (const match of source.matchAll(/model\s+(\w+)\s*\{([\s\S]*?)\n\}/g)) {
    const [, model, body] = match as unknown as [string, string, string];
    const indexes: { name: string; columns: string[] }[] = [];
    const foreignKeys: string[][] = [];
    for (const rawLine of body.split("\n")) {
      const line = rawLine.trim();
      const block = /^@@(id|unique|index)\(\[([^\]]+)\]/.exec(line);
      if (block) {
        indexes.push({ name: `@@${block[1]}([${block[2]}])`, columns: block[2]!.split(",").map((c) => c.trim().split("(")[0]!) });
        continue;
      }
      const field = /^(\w+)\s+\S+/.exec(line);
      if (!field) continue;
      if (/\s@id\b/.test(line) || /\s@unique\b/.test(line)) indexes.push({ name: `${field[1]} ${/@id\b/.test(line) ? "@id" : "@unique"}`, columns: [field[1]!] });
      const relation = /@relation\([^)]*fields:\s*\[([^\]]+)\]/.exec(line);
      if (relation) foreignKeys.push(relation[1]!.split(",").map((c) => c.trim()));
    }
    for (const fields of foreignKeys) {
      const cover = indexes.find((index) => fields.every((f, i) => index.columns[i] === f));
      results.push({ model, fields, coveredBy: cover?.name ?? null });
    }
  }
  return results;
}
