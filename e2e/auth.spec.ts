import { expect, test } from "@playwright/test";
import { adminUser, createUser, expectAccessible, signIn } from "./fixtures";

test("a visitor signs up, lands on the student dashboard and signs out", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create a free account" }).click();
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  await expectAccessible(page);

  const email = `new-${Date.now()}@e2e.test`;
  await page.getByLabel("Name").fill("Ada Student");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.").first()).toBeVisible();

  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Student" })).toBeVisible();
  await expect(page.getByText("student", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("a wrong password gets one generic message", async ({ page }) => {
  const student = await createUser("student");
  await page.goto("/signin");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.getByLabel("Email").fill("nobody-here@e2e.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
});

test("a student sees the seed course and its documents, and is refused other roles' pages", async ({ page }) => {
  const student = await createUser("student");
  await signIn(page, student);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.getByRole("link", { name: "Courses", exact: true }).click();
  await expectAccessible(page);
  const course = page.getByRole("link", { name: /South Korea/i }).first();
  await expect(course).toBeVisible();
  await course.click();
  await expect(page.getByRole("heading", { name: "Documents" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Mutual Defense Treaty/i }).first().click();
  await expect(page.getByText(/1953/).first()).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/admin/users", "/instructor/question-sets", "/instructor/classes"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  }
});

test("the admin makes a user an instructor, who then sees the instructor dashboard", async ({ page, browser }) => {
  const future = await createUser("student");
  await signIn(page, adminUser);
  await page.getByRole("link", { name: "Users" }).click();
  await expectAccessible(page);
  await page.getByLabel(`Role for ${future.email}`).selectOption("instructor");
  const row = page.getByRole("row").filter({ hasText: future.email });
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByText("Saved")).toBeVisible();

  const instructorContext = await browser.newContext();
  const instructorPage = await instructorContext.newPage();
  await signIn(instructorPage, future);
  await expect(instructorPage.getByRole("heading", { name: "Classes I teach" })).toBeVisible();
  await expect(instructorPage.getByRole("heading", { name: "My question sets" })).toBeVisible();
  await expectAccessible(instructorPage);
  const refused = await instructorPage.goto("/admin/users");
  expect(refused?.status()).toBe(403);
  await instructorContext.close();
});

test("anonymous visitors are sent to sign in and API calls get 401", async ({ page, request }) => {
  await page.goto("/courses");
  await expect(page).toHaveURL(/\/signin/);
  const response = await request.get("/api/auth/session");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toBeNull();
});
