import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { listUsers } from "./list-users";
import { registerUser } from "./register-user";
import { setUserRole } from "./set-user-role";
import { verifyCredentials } from "./verify-credentials";

const password = "correct horse battery";

beforeAll(async () => {
  // The first-account rule needs an empty installation; files of this suite run one after another.
  await db.user.deleteMany();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("accounts", () => {
  it("makes the first account the admin and later ones students, with hashed passwords", async () => {
    const first = await registerUser({ name: "First", email: "First@Example.test", password });
    const second = await registerUser({ name: "Second", email: "second@example.test", password });
    expect(first).toMatchObject({ email: "first@example.test", role: "admin" });
    expect(second.role).toBe("student");
    const stored = await db.user.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(password);
  });

  it("refuses a duplicate email (any case) and a weak password with field messages", async () => {
    await expect(registerUser({ name: "Dup", email: "SECOND@example.test", password })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["An account with this email already exists."] },
    });
    await expect(registerUser({ name: "Weak", email: "weak@example.test", password: "short" })).rejects.toThrow(/at least 10/);
  });

  it("verifies credentials without telling a wrong password from an unknown account", async () => {
    expect(await verifyCredentials({ email: "second@example.test", password })).toMatchObject({ role: "student" });
    expect(await verifyCredentials({ email: "second@example.test", password: "wrong password!" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password })).toBeNull();
    expect(await verifyCredentials({ email: 42, password: {} })).toBeNull();
  });

  it("lets only an admin change roles, never dropping their own admin role", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "first@example.test" } });
    const student = await db.user.findUniqueOrThrow({ where: { email: "second@example.test" } });
    const asAdmin = { id: admin.id, email: admin.email, name: admin.name, role: "admin" as const };
    const asStudent = { id: student.id, email: student.email, name: student.name, role: "student" as const };

    await expect(setUserRole(asStudent, { userId: student.id, role: "admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserRole(asAdmin, { userId: admin.id, role: "student" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setUserRole(asAdmin, { userId: "no-such-user", role: "instructor" })).rejects.toBeInstanceOf(AppError);
    await expect(setUserRole(asAdmin, { userId: student.id, role: "teacher" })).rejects.toThrow();

    await setUserRole(asAdmin, { userId: student.id, role: "instructor" });
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).role).toBe("instructor");
    await expect(listUsers(asStudent)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const listed = await listUsers(asAdmin);
    expect(listed.map((user) => user.email)).toEqual(["first@example.test", "second@example.test"]);
    expect(listed[0]).not.toHaveProperty("passwordHash");
  });
});
