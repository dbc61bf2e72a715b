import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "./session-user";

export const setUserRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(["student", "instructor", "admin"]),
});

/** Admins change roles; an admin can't demote themself, so an installation always keeps an admin. */
export async function setUserRole(actor: SessionUser, input: unknown) {
  const { userId, role } = setUserRoleSchema.parse(input);
  if (actor.role !== "admin") throw new AppError("FORBIDDEN", "Only an admin can change roles.");
  if (userId === actor.id && role !== "admin") {
    throw new AppError("CONFLICT", "You can't remove your own admin role.");
  }
  const updated = await db.user.updateMany({ where: { id: userId }, data: { role } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "No such user.");
}
