import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createUser, expectAccessible, signIn, type TestUser } from "./fixtures";

/**
 * Classes and assigned quizzes, end to end: an instructor creates a class and assigns a quiz with a 45-second time
 * limit; two students join with the code and take it — Ada submits (2 of 3 right), Bo answers one question and runs
 * out of time (the page submits what was saved: 1 of 3). The gradebook, the item analysis and the CSV export show
 * the exact scores. Every page passes an axe scan.
 */

const TIME_LIMIT_SECONDS = 45;

async function createQuestionSet(owner: TestUser) {
  const { db } = await import("../server/db/client");
  const tag = randomUUID().slice(0, 8);
  const course = await db.course.create({ data: { slug: `e2e-quiz-${tag}`, title: `Quiz course ${tag}` } });
  const set = await db.questionSet.create({
    data: { courseId: course.id, title: `Quiz set ${tag}`, status: "published", publishedAt: new Date(), ownerId: owner.id },
  });
  const questions = [
    { type: "multiple_choice", prompt: "Capital of France?", answer: "Paris", options: ["Paris", "Lyon", "Nice", "Lille"] },
    { type: "true_false", prompt: "Water boils at 100 °C at sea level.", answer: "True", options: ["True", "False"] },
    { type: "typed", prompt: "Process by which plants make food?", answer: "photosynthesis", options: [] },
  ] as const;
  for (const [i, q] of questions.entries()) {
    await db.question.create({
      data: {
        questionSetId: set.id,
        contentId: `e2e-quiz-${tag}-${i}`,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        options: [...q.options],
        status: "approved",
        position: i,
        sourceSentence: `Source of ${q.answer}.`,
      },
    });
  }
  return set;
}

async function newPage(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

const questionCard = (page: Page, prompt: string) => page.locator("li", { has: page.getByText(prompt, { exact: false }) });

async function joinAndStart(page: Page, joinCode: string, className: string, quizTitle: string) {
  await page.goto("/classes/join");
  await expectAccessible(page);
  await page.getByLabel("Join code").fill(joinCode.toLowerCase());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("heading", { name: className })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: quizTitle }).click();
  await expect(page.getByRole("heading", { name: quizTitle })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("timer")).toBeVisible();
}

async function choose(page: Page, prompt: string, option: string) {
  const card = questionCard(page, prompt);
  await card.getByRole("radio", { name: option }).check();
  await expect(card.getByText("Saved", { exact: true })).toBeVisible();
}

test("an instructor assigns a quiz, two students take it (one runs out of time), and the scores add up", async ({ browser }) => {
  test.setTimeout(180_000);
  const instructor = await createUser("instructor", `Ines ${randomUUID().slice(0, 4)}`);
  const ada = await createUser("student", `Ada ${randomUUID().slice(0, 4)}`);
  const bo = await createUser("student", `Bo ${randomUUID().slice(0, 4)}`);
  const set = await createQuestionSet(instructor);
  const className = `Class ${randomUUID().slice(0, 6)}`;
  const quizTitle = "Week 1 quiz";

  // The instructor creates a class and sees its join code.
  const teacher = await newPage(browser, instructor);
  await teacher.goto("/instructor/classes");
  await expectAccessible(teacher);
  await teacher.getByLabel("Class name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: className })).toBeVisible();
  const joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  await expectAccessible(teacher);
  const classUrl = teacher.url();

  // ... and assigns a quiz: 3 questions, 45 s, one attempt, answers after submit.
  await teacher.getByRole("link", { name: "Assign a quiz" }).click();
  await expect(teacher.getByRole("heading", { name: "Assign a quiz" })).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByLabel("Title").fill(quizTitle);
  await teacher.getByLabel("Question set").selectOption({ label: `${set.title} (${(await courseTitleOf(set.courseId))})` });
  await teacher.getByLabel("Number of questions").fill("3");
  await teacher.getByLabel("Time limit", { exact: true }).fill(String(TIME_LIMIT_SECONDS));
  await teacher.getByLabel("Time limit unit").selectOption("seconds");
  await teacher.getByRole("button", { name: "Assign quiz" }).click();
  await expect(teacher.getByRole("heading", { name: quizTitle })).toBeVisible();
  await expectAccessible(teacher);

  // Bo starts first, answers one question, then leaves the page open until time runs out.
  const boPage = await newPage(browser, bo);
  await joinAndStart(boPage, joinCode, className, quizTitle);
  await choose(boPage, "Capital of France?", "Paris");
  await expectAccessible(boPage);

  // Ada answers everything (the typed answer wrong) and submits: 2 of 3.
  const adaPage = await newPage(browser, ada);
  await joinAndStart(adaPage, joinCode, className, quizTitle);
  await choose(adaPage, "Capital of France?", "Paris");
  await choose(adaPage, "Water boils", "True");
  const typed = questionCard(adaPage, "Process by which plants make food?");
  await typed.getByRole("textbox").fill("respiration");
  await expect(typed.getByText("Saved", { exact: true })).toBeVisible();
  // A reload resumes the attempt with what was saved.
  await adaPage.reload();
  await expect(questionCard(adaPage, "Water boils").getByRole("radio", { name: "True" })).toBeChecked();
  await expect(questionCard(adaPage, "Process by which plants make food?").getByRole("textbox")).toHaveValue("respiration");
  await adaPage.getByRole("button", { name: "Submit attempt" }).click();
  await expect(adaPage).toHaveURL(/\/results$/);
  await expect(adaPage.getByTestId("attempt-score")).toContainText("2 / 3");
  await expect(adaPage.getByText("Right answer: photosynthesis")).toBeVisible();
  await expectAccessible(adaPage);
  await adaPage.goto("/classes");
  await expect(adaPage.getByRole("link", { name: className })).toBeVisible();
  await expectAccessible(adaPage);

  // Bo's time runs out: the page submits what was saved and shows the result.
  await expect(boPage.getByText("Time is up")).toBeVisible({ timeout: (TIME_LIMIT_SECONDS + 10) * 1000 });
  await expect(boPage).toHaveURL(/\/results$/, { timeout: 15_000 });
  await expect(boPage.getByTestId("attempt-score")).toContainText("1 / 3");
  await expect(boPage.getByText("submitted when time ran out")).toBeVisible();
  await expectAccessible(boPage);

  // The gradebook.
  await teacher.goto(`${classUrl.replace(/\?.*$/, "")}/gradebook`);
  const gradebook = teacher.getByTestId("gradebook");
  await expect(gradebook.getByRole("row", { name: new RegExp(ada.name) })).toContainText("2 / 3(66.67 %)1 att.");
  await expect(gradebook.getByRole("row", { name: new RegExp(bo.name) })).toContainText("1 / 3(33.33 %)1 att.");
  await expect(gradebook.getByRole("columnheader", { name: new RegExp(quizTitle) })).toContainText("avg 50 %");
  await expectAccessible(teacher);

  // The CSV export.
  const csvResponse = await teacher.request.get(await teacher.getByRole("link", { name: "Export gradebook (CSV)" }).getAttribute("href") ?? "");
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()["content-type"]).toContain("text/csv");
  expect(csvResponse.headers()["content-disposition"]).toMatch(/^attachment; filename=".+-gradebook-\d{4}-\d{2}-\d{2}\.csv"$/);
  const csv = (await csvResponse.body()).toString("utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(
    `"Student","Email","${quizTitle}: score","${quizTitle}: out of","${quizTitle}: percent","${quizTitle}: attempts","${quizTitle}: status","${quizTitle}: submitted at","Average percent"`,
  );
  const rowOf = (name: string) => lines.find((l) => l.startsWith(`"${name}"`))!;
  expect(rowOf(ada.name)).toMatch(new RegExp(`^"${ada.name}","${ada.email}","2","3","66.67","1","submitted","\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z","66.67"$`));
  expect(rowOf(bo.name)).toMatch(new RegExp(`^"${bo.name}","${bo.email}","1","3","33.33","1","submitted","\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z","33.33"$`));

  // Item analysis: upper group Ada, lower group Bo (1 student each).
  await gradebook.getByRole("link", { name: quizTitle }).click();
  const items = teacher.getByTestId("item-analysis");
  const row = (prompt: string) => items.getByRole("row", { name: new RegExp(prompt.replace(/[?.]/g, "\\$&")) });
  await expect(row("Capital of France?").getByTestId("facility")).toHaveText("100 %");
  await expect(row("Capital of France?").getByTestId("discrimination")).toHaveText("0.00");
  await expect(row("Capital of France?")).toContainText("Lyon0 (0 %)weak distractor");
  await expect(row("Water boils")).toContainText("True1 (50 %)correct");
  await expect(row("Water boils").getByTestId("facility")).toHaveText("50 %");
  await expect(row("Water boils").getByTestId("discrimination")).toHaveText("1.00");
  await expect(row("Process by which plants make food?").getByTestId("facility")).toHaveText("0 %");
  await expect(row("Process by which plants make food?").getByTestId("discrimination")).toHaveText("0.00");
  await expectAccessible(teacher);

  const results = await teacher.request.get(`/api/instructor/assignments/${teacher.url().split("/").pop()}/results-csv`);
  const resultLines = (await results.body()).toString("utf8").slice(1).trim().split("\r\n");
  expect(resultLines).toHaveLength(3);
  expect(resultLines.find((l) => l.startsWith(`"${bo.name}"`))).toContain('"yes","no","yes","1","3","33.33"'); // automatic, not late, counted

  // A student's attempt detail.
  await teacher.getByRole("link", { name: `Attempts of ${bo.name}` }).click();
  await expect(teacher.getByRole("heading", { name: /Attempt 1: 1 \/ 3/ })).toContainText("time ran out");
  await expectAccessible(teacher);
});

async function courseTitleOf(courseId: string): Promise<string> {
  const { db } = await import("../server/db/client");
  return (await db.course.findUniqueOrThrow({ where: { id: courseId } })).title;
}
