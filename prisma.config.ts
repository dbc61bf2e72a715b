// Configuration of the official Prisma CLI (Prisma 7 reads no .env and no URL from the schema).
//
// The app keeps its models in prisma/models.prisma and derives one schema + migration folder per database
// (scripts/db/generate-clients.mjs). This file points the CLI at the folder that matches DATABASE_URL:
//   DATABASE_URL=postgresql://... (or postgres://)  → prisma/postgresql/{schema.prisma,migrations}
//   DATABASE_URL unset or file:...                  → prisma/sqlite/{schema.prisma,migrations}
// so that, with network access, `npx prisma migrate deploy` applies the same committed migrations as the offline
// runner (`npm run db:migrate`), and both agree on the `_prisma_migrations` table.
// A relative SQLite path is resolved against the working directory, exactly as the app does (server/db/client.ts).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { DEFAULT_SQLITE_URL, databaseProviderOf, sqliteFilePath } from "./lib/database-url";

const url = process.env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL;
const provider = databaseProviderOf(url);

let datasourceUrl = url;
if (provider === "sqlite") {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  datasourceUrl = `file:${file}`;
}

export default defineConfig({
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  datasource: { url: datasourceUrl },
});
