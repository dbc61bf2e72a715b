import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { decoyPasswordHash, verifyPassword } from "./hash-password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
});

/** Returns the user for a correct email and password, otherwise null; the same work is done either way. */
export async function verifyCredentials(input: unknown) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const hash = user?.passwordHash ?? (await decoyPasswordHash());
  const valid = await verifyPassword(hash, parsed.data.password);
  if (!user?.passwordHash || !valid) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
