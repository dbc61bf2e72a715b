import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser, expectAccessible, signIn } from "./fixtures";

/**
 * Studying with spaced repetition, keyboard only: flip (Space), rate (1–4), a card coming back when it is due
 * (the e2e build's test clock is moved forward through its cookie, see server/clock.ts), undo (Z), and the stats
 * page's charts. Each test makes its own student and deck.
 */

const TEST_CLOCK_COOKIE = "qw-test-clock-offset-ms";

type CardSpec = { prompt: string; answer: string; source: string; type?: "flashcard" | "multiple_choice" | "typed"; options?: string[] };

async function createDeck(cards: CardSpec[]) {
  const { db } = await import("../server/db/client");
  const tag = randomUUID().slice(0, 8);
  const course = await db.course.create({ data: { slug: `e2e-study-${tag}`, title: `Study course ${tag}` } });
  const set = await db.questionSet.create({
    data: { courseId: course.id, title: `Study set ${tag}`, status: "published", publishedAt: new Date() },
  });
  for (const [i, card] of cards.entries()) {
    await db.question.create({
      data: {
        questionSetId: set.id,
        contentId: `e2e-${tag}-${i}`,
        type: card.type ?? "flashcard",
        prompt: card.prompt,
        answer: card.answer,
        options: card.options ?? [],
        status: "approved",
        position: i,
        sourceSentence: card.source,
      },
    });
  }
  return { course, set };
}

async function moveClock(page: Page, offsetMs: number) {
  const baseURL = test.info().project.use.baseURL ?? "http://127.0.0.1:3100";
  await page.context().addCookies([{ name: TEST_CLOCK_COOKIE, value: String(offsetMs), url: baseURL }]);
}

const prompt = (page: Page) => page.locator("#card-prompt");

test("a student studies a deck with the keyboard, sees a card come back when due, undoes, and sees stats", async ({ page }) => {
  const student = await createUser("student");
  const { set } = await createDeck([
    { prompt: "Capital of Australia?", answer: "Canberra", source: "Canberra is the capital of Australia." },
    { prompt: "Largest planet?", answer: "Jupiter", source: "Jupiter is the largest planet in the Solar System." },
  ]);
  await signIn(page, student);

  await page.goto("/study");
  await expect(page.getByRole("link", { name: `Study ${set.title}` })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/study/set/${set.id}`);
  await expect(prompt(page)).toHaveText("Capital of Australia?");
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeFocused();
  await expectAccessible(page);

  // Card 1: flip with Space, see the answer and its source, rate Again (1): due again in a minute.
  await page.keyboard.press("Space");
  await expect(page.getByText("Canberra", { exact: true })).toBeVisible();
  await expect(page.getByText("Canberra is the capital of Australia.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Rate this card" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("1");

  // Card 2: Good (3) sends it to its next learning step (10 minutes).
  await expect(prompt(page)).toHaveText("Largest planet?");
  await page.keyboard.press("Space");
  await expect(page.getByText("Jupiter", { exact: true })).toBeVisible();
  await page.keyboard.press("3");

  // Nothing is due now.
  await expect(page.getByRole("heading", { name: "Nothing to study right now" })).toBeVisible();
  await expect(page.getByText(/The next card is due/)).toBeVisible();

  // Two minutes later (test clock), card 1 is due again.
  await moveClock(page, 2 * 60_000);
  await expect(page.getByRole("button", { name: "Check again" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(prompt(page)).toHaveText("Capital of Australia?");
  await expect(page.getByText(/^Review ·/)).toBeVisible();

  // Rate it Good, then undo with Z: the same card is back, unanswered.
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByRole("heading", { name: "Nothing to study right now" })).toBeVisible();
  await page.keyboard.press("z");
  await expect(prompt(page)).toHaveText("Capital of Australia?");
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeFocused();
  // Ctrl+Z walks one more review back: card 2's Good; card 2 is new again and shown first.
  await page.keyboard.press("Control+z");
  await expect(prompt(page)).toHaveText("Largest planet?");

  const { db } = await import("../server/db/client");
  const logs = await db.reviewLog.findMany({ where: { userId: student.id }, orderBy: { reviewedAt: "asc" } });
  expect(logs.map((log) => [log.rating, log.undoneAt !== null])).toEqual([
    [1, false],
    [3, true],
    [3, true],
  ]);

  // Stats: the charts render as SVG.
  await page.goto("/stats");
  for (const chart of ["heatmap", "retention", "forecast", "states", "decks"]) {
    await expect(page.locator(`[data-chart="${chart}"] svg`).first()).toBeVisible();
  }
  await expect(page.getByRole("table", { name: /Per-deck counts/ })).toContainText(set.title);
  await expectAccessible(page);

  await page.goto("/settings/study");
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("90");
  await expectAccessible(page);
});

test("auto-graded questions are checked by the server, which proposes the rating", async ({ page }) => {
  const student = await createUser("student");
  const { set } = await createDeck([
    {
      type: "multiple_choice",
      prompt: "Which organelle makes ATP?",
      answer: "Mitochondrion",
      options: ["Ribosome", "Mitochondrion", "Nucleus"],
      source: "The mitochondrion makes most of the cell's ATP.",
    },
    { type: "typed", prompt: "Capital of Australia?", answer: "Canberra", source: "Canberra is the capital of Australia." },
  ]);
  await signIn(page, student);
  await page.goto(`/study/set/${set.id}`);

  // Multiple choice: key 2 picks the second option; the server checks it and proposes a rating, focused.
  await expect(prompt(page)).toHaveText("Which organelle makes ATP?");
  await expect(page.getByRole("button", { name: "1 Ribosome" })).toBeFocused(); // hydrated, keys live
  await page.keyboard.press("2");
  await expect(page.getByText("Correct.", { exact: true })).toBeVisible();
  await expect(page.getByText("The mitochondrion makes most of the cell's ATP.")).toBeVisible();
  const suggested = page.getByRole("button", { name: /Suggested/ });
  await expect(suggested).toBeFocused();
  const proposed = (await suggested.innerText()).match(/Again|Hard|Good|Easy/)?.[0];
  await expectAccessible(page);
  await page.keyboard.press("Enter");

  // Typed: a small typo is accepted and proposes Hard.
  await expect(prompt(page)).toHaveText("Capital of Australia?");
  await expect(page.getByLabel("Your answer")).toBeFocused();
  await page.keyboard.type("Canbera");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Correct \(small typo accepted\)/)).toBeVisible();
  await expect(page.getByText("Canberra is the capital of Australia.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Suggested/ })).toContainText("Hard");
  await expect(page.getByRole("button", { name: /Suggested/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Nothing to study right now" })).toBeVisible();

  const { db } = await import("../server/db/client");
  const logs = await db.reviewLog.findMany({ where: { userId: student.id }, orderBy: { reviewedAt: "asc" } });
  const names = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as Record<number, string>;
  expect(logs.map((log) => names[log.rating])).toEqual([proposed, "Hard"]);
});

test("the study page fits a phone screen", async ({ browser }) => {
  const student = await createUser("student");
  const { set } = await createDeck([{ prompt: "A fairly long question prompt to wrap on a narrow screen?", answer: "Yes", source: "Yes." }]);
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, student);
  await page.goto(`/study/set/${set.id}`);
  await page.getByRole("button", { name: /Show answer/ }).tap();
  await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
