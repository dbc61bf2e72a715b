import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm run test:bundle`: scans a production build for secrets (runs after `build:e2e` in `npm test`).
const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    name: "bundle",
    include: ["test/security/**/*.bundle-scan.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
