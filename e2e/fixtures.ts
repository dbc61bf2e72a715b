import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { e2eAdmin, e2eDatabaseUrl } from "./env";

process.env.DATABASE_URL = e2eDatabaseUrl;

export type TestUser = { id: string; email: string; password: string; name: string; role: "student" | "instructor" | "admin" };

/** Makes a fresh account straight in the database; each test makes its own users. */
export async function createUser(role: TestUser["role"] = "student", name?: string): Promise<TestUser> {
  const { registerUser } = await import("../server/auth/register-user");
  const { db } = await import("../server/db/client");
  const suffix = randomUUID().slice(0, 8);
  const user = { email: `${role}-${suffix}@e2e.test`, password: `pw-${suffix}-long-enough`, name: name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${suffix}` };
  const created = await registerUser(user);
  if (role !== "student") await db.user.update({ where: { id: created.id }, data: { role } });
  return { ...user, id: created.id, role };
}

export const adminUser = e2eAdmin;

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** axe-core scan of the current page: no serious or critical violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(blocking.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}
