import "server-only";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "./session-user";

/** Admin view of accounts; never selects password hashes. */
export async function listUsers(actor: SessionUser) {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN", "Only an admin can list users.");
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}
