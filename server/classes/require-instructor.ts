import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";

/** Same as `instructorRoles` in server/auth/session-user.ts (not imported: that module pulls in Auth.js). */
const INSTRUCTOR_ROLES: readonly SessionUser["role"][] = ["instructor", "admin"];

/** Instructor-only domain functions call this first (routes check the role too; this is the second lock). */
export function requireInstructor(user: SessionUser): void {
  if (!INSTRUCTOR_ROLES.includes(user.role)) throw new AppError("FORBIDDEN", "Only instructors can do this.");
}
