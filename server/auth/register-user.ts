import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { hashPassword } from "./hash-password";
import { emailSchema, passwordSchema } from "./password-policy";

export const registerUserSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: passwordSchema,
});
export type RegisterUserInput = z.input<typeof registerUserSchema>;

/**
 * Creates a student account; the very first account of a fresh installation becomes the admin.
 * The count and the insert share one transaction so two simultaneous first sign-ups can't both become admin
 * (SQLite serialises writers; on PostgreSQL the unique email plus the re-check after insert settle it).
 */
export async function registerUser(input: RegisterUserInput) {
  const { name, email, password } = registerUserSchema.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const isFirst = (await tx.user.count()) === 0;
      const user = await tx.user.create({
        data: { name, email, passwordHash, role: isFirst ? "admin" : "student" },
        select: { id: true, email: true, name: true, role: true },
      });
      if (isFirst && (await tx.user.count({ where: { role: "admin" } })) > 1) {
        return tx.user.update({ where: { id: user.id }, data: { role: "student" }, select: { id: true, email: true, name: true, role: true } });
      }
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        email: ["An account with this email already exists."],
      });
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
