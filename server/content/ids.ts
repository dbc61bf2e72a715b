import "server-only";
import { z } from "zod";

/** Row ids as they arrive from forms and URLs: validated before any query, so a missing id never drops a filter. */
export const rowIdSchema = z.string().trim().min(1, "Missing id.").max(64).regex(/^[A-Za-z0-9_-]+$/, "Not an id.");
