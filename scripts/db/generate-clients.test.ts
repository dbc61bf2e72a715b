import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveSchema, MODELS_FILE, schemaPath, staleDerivedSchemas } from "./generate-clients.mjs";

describe("deriveSchema", () => {
  const models = "model A {\n  id Int @id\n}\n";

  it("puts a provider header with the client output folder above the models, verbatim", () => {
    const sqlite = deriveSchema("sqlite", models);
    expect(sqlite).toContain('provider     = "prisma-client"');
    expect(sqlite).toContain('output       = "../../generated/prisma-sqlite"');
    expect(sqlite).toMatch(/datasource db \{\n {2}provider = "sqlite"\n\}/);
    expect(sqlite.endsWith(models)).toBe(true);
    expect(deriveSchema("postgresql", models)).toMatch(/datasource db \{\n {2}provider = "postgresql"\n\}/);
  });

  it("normalises line endings and the final newline only", () => {
    expect(deriveSchema("sqlite", "model A {\r\n  id Int @id\r\n}\n\n\n").endsWith(models)).toBe(true);
  });
});

describe("committed derived schemas", () => {
  it("are current with prisma/models.prisma (else run `npm run db:schemas`)", () => {
    expect(staleDerivedSchemas()).toEqual([]);
    expect(readFileSync(schemaPath("postgresql"), "utf8")).toContain(readFileSync(MODELS_FILE, "utf8").trim());
  });
});
