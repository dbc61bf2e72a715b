import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readSessionUserId } from "./read-session-user-id";

export type Role = "student" | "instructor" | "admin";
export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/** Instructors' pages and actions are open to admins too. */
export const instructorRoles: Role[] = ["instructor", "admin"];

/**
 * The signed-in user, read fresh from the database once per request: the JWT only proves identity, so a role
 * change or a deleted account takes effect at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // The session cookie decoded as Auth.js does, without the cost of `auth()` (see read-session-user-id.ts).
  const id = await readSessionUserId();
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
});

/** For server actions and route handlers: throws UNAUTHENTICATED or FORBIDDEN. */
export async function requireUser(roles?: Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (roles && !roles.includes(user.role)) throw new AppError("FORBIDDEN", "You don't have access to this.");
  return user;
}

/** For pages: anonymous visitors go to sign-in, the wrong role gets the 403 page. */
export async function requirePageUser(roles?: Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
