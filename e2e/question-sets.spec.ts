import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createUser, expectAccessible, signIn } from "./fixtures";

/**
 * Issue 3: an instructor uploads a new document, reviews the generated questions (source sentence highlighted),
 * edits, approves and rejects some, publishes the set; a student sees the published set and studies it. Students
 * never see a draft. Each test makes its own users; axe scans every instructor page.
 */

const DOCUMENT = path.resolve("lib", "generate", "fixtures", "cell-biology.md");

/** Answers whatever card is showing (flashcard, choice or typed), then rates it Good. */
async function studyOneCard(page: Page) {
  await expect(page.locator("#card-prompt")).toBeVisible();
  const showAnswer = page.getByRole("button", { name: /Show answer/ });
  const typed = page.locator("#typed-answer:not([readonly])");
  const choice = page.getByRole("group", { name: /Choose an answer/ }).getByRole("button").first();
  await expect(showAnswer.or(typed).or(choice)).toBeVisible();
  if (await showAnswer.isVisible()) {
    await page.keyboard.press("Space");
  } else if (await typed.isVisible()) {
    await typed.fill("my answer");
    await typed.press("Enter");
  } else {
    await choice.click();
  }
  const rate = page.getByRole("group", { name: "Rate this card" });
  await expect(rate).toBeVisible();
  await page.keyboard.press("3");
  await expect(rate).toBeHidden();
}

test("an instructor uploads a document, reviews and publishes its questions, and a student studies them", async ({ page, browser }) => {
  const instructor = await createUser("instructor");
  const student = await createUser("student");
  const courseTitle = `Biology ${instructor.id.slice(-6)}`;

  await signIn(page, instructor);
  await page.getByRole("link", { name: "Question sets" }).click();
  await expect(page.getByRole("heading", { name: "Your question sets" })).toBeVisible();
  await expect(page.getByText("No question sets yet")).toBeVisible();
  await expectAccessible(page);

  // Upload: a Markdown document into a new course.
  await page.getByRole("link", { name: "Upload a document" }).click();
  await expect(page.getByRole("heading", { name: "Upload a document" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Document").setInputFiles(DOCUMENT);
  await expect(page.getByLabel("Course", { exact: true })).toHaveValue("new");
  await page.getByLabel("New course title").fill(courseTitle);
  await page.getByRole("button", { name: "Upload and generate questions" }).click();

  // Review page: generated questions, each citing its source sentence in context.
  await expect(page.getByRole("heading", { name: "Cells and Energy" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/questions were generated/)).toBeVisible();
  await expect(page.getByText("draft", { exact: true })).toBeVisible();
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Question 1", exact: true }) });
  await expect(first.locator("mark")).toBeVisible();
  await expect(first.getByText("pending", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const setUrl = page.url().replace(/\?.*$/, "");

  // Edit question 1, approve it; reject question 2.
  await first.getByRole("button", { name: "Edit question 1" }).click();
  await first.getByLabel("Explanation").fill("Edited by the instructor during review.");
  await expectAccessible(page);
  await first.getByRole("button", { name: "Save question" }).click();
  await expect(first.getByText("Edited by the instructor during review.")).toBeVisible();
  await first.getByRole("button", { name: "Approve question 1" }).click();
  await expect(first.getByText("approved", { exact: true })).toBeVisible();
  const second = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Question 2", exact: true }) });
  await second.getByRole("button", { name: "Reject question 2" }).click();
  await expect(second.getByText("rejected", { exact: true })).toBeVisible();

  // Add an own question.
  const add = page.getByRole("region", { name: "Add your own question" });
  await add.getByLabel("Prompt").fill("Which organelle holds the cell's genetic material?");
  await add.getByLabel("Answer").fill("The nucleus");
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(add.getByText("Saved.")).toBeVisible();

  // A student does not see the draft.
  const studentContext = await browser.newContext();
  const studentPage = await studentContext.newPage();
  await signIn(studentPage, student);
  await studentPage.goto("/study");
  await expect(studentPage.getByRole("link", { name: "Study Cells and Energy" })).toHaveCount(0);
  const forbidden = await studentPage.goto(setUrl);
  expect(forbidden?.status()).toBe(403);

  // Approve the rest and publish.
  await page.getByRole("button", { name: /^Approve all \d+ pending$/ }).click();
  await expect(page.getByRole("link", { name: /^Pending \(0\)$/ })).toBeVisible();
  await page.getByRole("button", { name: "Publish set" }).click();
  await expect(page.getByText("published", { exact: true })).toBeVisible();
  await expect(page.getByText("Students see the approved questions of this set.")).toBeVisible();
  await page.getByRole("link", { name: /^Rejected \(1\)$/ }).click();
  await expect(page.getByRole("heading", { name: "Question 1", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Question sets" }).click();
  await expect(page.getByRole("link", { name: "Cells and Energy" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Cells and Energy" }).getByText("published")).toBeVisible();

  // The student now sees the set, in the course and on the study page, and studies it.
  await studentPage.goto("/study");
  const studyLink = studentPage.getByRole("link", { name: "Study Cells and Energy" });
  await expect(studyLink).toBeVisible();
  await studyLink.click();
  await studyOneCard(studentPage);
  await studyOneCard(studentPage);
  await studentPage.goto("/courses");
  await expect(studentPage.getByRole("link", { name: courseTitle })).toBeVisible();
  await studentContext.close();
});

test("uploads that cannot be used get a clear message", async ({ page }) => {
  const instructor = await createUser("instructor");
  await signIn(page, instructor);
  await page.goto("/instructor/question-sets/new");

  await page.getByLabel("Document").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, "a") });
  await page.getByLabel("New course title").fill("Too big");
  await page.getByRole("button", { name: "Upload and generate questions" }).click();
  await expect(page.getByText("The file is 6.0 MB; the limit is 5 MB.")).toBeVisible();

  await page.getByLabel("Document").setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await page.getByRole("button", { name: "Upload and generate questions" }).click();
  await expect(page.getByText("This file is not a text, Markdown, PDF or Word (.docx) document.").first()).toBeVisible();
  await expectAccessible(page);
});
