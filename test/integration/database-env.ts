// setupFiles module of the "integration" project: runs in each test worker before the test file is imported, so
// `db` (server/db/client.ts) and `env` (server/env.ts) see the run's database. See global-setup.ts.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("testDatabase").url;
