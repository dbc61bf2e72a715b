import os from "node:os";
import path from "node:path";

/**
 * Shared by the e2e server (e2e/serve.ts) and the test processes, which seed their own users straight into the
 * same SQLite file (documenso style: each test makes the accounts it needs).
 */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.join(os.tmpdir(), `quizwright-e2e-${e2ePort}`);
export const e2eDatabaseUrl = `file:${path.join(e2eDataDir, "e2e.db")}`;
export const e2eAuthSecret = "e2e-only-secret-not-for-production-0123456789";
export const e2eAdmin = { email: "admin@e2e.test", password: "admin-password-e2e", name: "E2E Admin" };
