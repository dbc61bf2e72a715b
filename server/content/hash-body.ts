import "server-only";
import { createHash } from "node:crypto";

/** Document.contentHash: sha256 of the body text. */
export function hashBody(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}
