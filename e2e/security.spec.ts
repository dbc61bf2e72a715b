import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./fixtures";

/** What every response of the production build carries (next.config.js `headers()`). */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toMatch(/script-src [^;]*'self'/);
  expect(csp, what).not.toContain("unsafe-eval");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["x-powered-by"], what).toBeUndefined();
}

test("pages, route handlers and static files carry the security headers", async ({ page, request }) => {
  for (const path of ["/", "/signin", "/api/auth/session", "/dashboard"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response.headers(), path);
  }
  // A client bundle of the page just loaded, served from /_next/static.
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/_next/static/") && response.url().endsWith(".js")) scripts.push(response.url());
  });
  await page.goto("/signin");
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  const asset = await request.get(scripts[0]!);
  expect(asset.ok()).toBe(true);
  expectSecurityHeaders(asset.headers(), scripts[0]!);
});

test("the CSP lets the app run: sign-in and navigation log no CSP violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const student = await createUser("student");
  await signIn(page, student);
  await page.getByRole("link", { name: "Courses", exact: true }).click();
  await expect(page).toHaveURL(/\/courses$/);
  expect(violations).toEqual([]);
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
  const student = await createUser("student");
  await signIn(page, student);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("repeated wrong passwords get the rate-limit message, and the right one is refused too", async ({ page }) => {
  const student = await createUser("student");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(student.email);
  // The default per-account budget: 10 failures per 15 minutes.
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    // Wait for the server action's answer: the message from the previous attempt is still on screen.
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  }
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/^Too many sign-in attempts\. Please wait \d+ minutes? and try again\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});
