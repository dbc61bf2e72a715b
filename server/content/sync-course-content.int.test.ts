import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { syncCourseContent } from "./sync-course-content";

const NOW = new Date("2026-11-23T10:00:00Z");
const LATER = new Date("2026-11-24T10:00:00Z");

const HISTORY = `The Roman Republic

The Roman Republic was a state of the classical world that lasted from 509 BC to 27 BC. The Senate was a council of aristocrats that advised the magistrates.

The Punic Wars

The First Punic War began in 264 BC and ended in 241 BC with a Roman victory. Hannibal defeated the Romans at the Battle of Cannae in 216 BC. Scipio Africanus defeated Hannibal at the Battle of Zama in 202 BC. Rome destroyed Carthage in 146 BC, at the end of the Third Punic War.

The Fall of the Republic

Julius Caesar crossed the Rubicon river in 49 BC and started a civil war. Caesar defeated Pompey at the Battle of Pharsalus in 48 BC. Octavian defeated Mark Antony and Cleopatra at the Battle of Actium in 31 BC.`;

const GEOGRAPHY = `Rivers

The Nile flows north through Egypt and Sudan into the Mediterranean Sea. The Danube flows through Germany, Austria and Hungary into the Black Sea. The Rhine rises in Switzerland and reaches the North Sea in the Netherlands.`;

function write(dir: string, course: string, name: string, title: string, order: number, body: string) {
  fs.mkdirSync(path.join(dir, course), { recursive: true });
  fs.writeFileSync(
    path.join(dir, course, name),
    `---\ntitle: ${title}\ncourse: ${course}\ncourse_title: Course ${course}\norder: ${order}\n---\n${body}`,
  );
}

async function studyQuestion(userId: string, questionId: string) {
  const card = await db.card.create({
    data: { userId, questionId, due: LATER, stability: 3.2, difficulty: 5.1, reps: 1, state: 2, lastReview: NOW },
  });
  await db.reviewLog.create({
    data: {
      id: randomUUID(),
      cardId: card.id,
      userId,
      questionId,
      rating: 3,
      state: 0,
      due: NOW,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reviewedAt: NOW,
      cardBefore: {},
    },
  });
  return card;
}

describe("syncCourseContent", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qw-sync-"));
  const course = `history-${randomUUID().slice(0, 8)}`;
  let userId: string;

  beforeAll(async () => {
    write(dir, course, "01-republic.txt", "The Roman Republic", 1, HISTORY);
    write(dir, course, "02-rivers.md", "Rivers of Europe and Africa", 2, GEOGRAPHY);
    const user = await db.user.create({ data: { email: `${course}@sync.test`, role: "student" } });
    userId = user.id;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("loads courses, documents, sections and a published set of approved, grounded questions per document", async () => {
    const report = await syncCourseContent({ root: dir }, NOW);
    expect(report).toMatchObject({ courses: 1, documents: 2, generated: 2 });
    expect(report.questions.created).toBeGreaterThan(10);

    const row = await db.course.findUniqueOrThrow({
      where: { slug: course },
      include: {
        documents: { orderBy: { position: "asc" }, include: { sections: { orderBy: { position: "asc" } }, questionSets: true } },
      },
    });
    expect(row.title).toBe(`Course ${course}`);
    expect(row.ownerId).toBeNull();
    expect(row.documents.map((d) => d.slug)).toEqual(["republic", "rivers"]);
    const republic = row.documents[0]!;
    expect(republic.body).toBe(HISTORY);
    expect(republic.sections.map((s) => s.heading)).toEqual(["The Roman Republic", "The Punic Wars", "The Fall of the Republic"]);
    expect(republic.questionSets).toHaveLength(1);
    expect(republic.questionSets[0]).toMatchObject({ status: "published", ownerId: null, title: "The Roman Republic" });
    expect(republic.questionSets[0]!.publishedAt).toEqual(NOW);

    const questions = await db.question.findMany({ where: { questionSetId: republic.questionSets[0]!.id } });
    expect(questions.length).toBeGreaterThan(5);
    for (const q of questions) {
      expect(q.status).toBe("approved");
      expect(q.origin).toBe("generated");
      expect(q.sourceDocumentId).toBe(republic.id);
      expect(republic.body.slice(q.sourceStart!, q.sourceEnd!)).toBe(q.sourceSentence);
      const section = republic.sections.find((s) => s.id === q.sourceSectionId);
      expect(section && section.start <= q.sourceStart! && q.sourceStart! < section.end).toBe(true);
    }
  });

  it("does nothing when no document changed", async () => {
    const report = await syncCourseContent({ root: dir }, LATER);
    expect(report.generated).toBe(0);
    const forced = await syncCourseContent({ root: dir, force: true }, LATER);
    expect(forced.generated).toBe(2);
    expect(forced.questions).toMatchObject({ created: 0, updated: 0, deleted: 0, retired: 0 });
  });

  it("keeps students' progress on unchanged questions when a document changes", async () => {
    const set = await db.questionSet.findFirstOrThrow({ where: { course: { slug: course }, document: { slug: "republic" } } });
    const kept = "Hannibal defeated the Romans at the Battle of Cannae in 216 BC.";
    const edited = "Julius Caesar crossed the Rubicon river in 49 BC and started a civil war.";
    const keptQuestions = await db.question.findMany({ where: { questionSetId: set.id, sourceSentence: kept } });
    const editedQuestions = await db.question.findMany({ where: { questionSetId: set.id, sourceSentence: edited } });
    expect(keptQuestions.length).toBeGreaterThan(0);
    expect(editedQuestions.length).toBeGreaterThan(0);
    const keptCard = await studyQuestion(userId, keptQuestions[0]!.id);
    const editedCard = await studyQuestion(userId, editedQuestions[0]!.id);
    const untouched = editedQuestions.slice(1).map((q) => q.id); // never studied

    // Edit one sentence and add a paragraph before everything (all offsets move).
    write(
      dir,
      course,
      "01-republic.txt",
      "The Roman Republic",
      1,
      `A short introduction comes first now.\n\n${HISTORY.replace(edited, "Julius Caesar crossed the Rubicon in 49 BC with one legion and started a civil war.")}`,
    );
    const report = await syncCourseContent({ root: dir }, LATER);
    expect(report.generated).toBe(2);
    expect(report.questions.retired).toBe(1);
    expect(report.questions.updated).toBeGreaterThan(0); // offsets moved

    // the studied question on the unchanged sentence: same row, same card and review log, new offsets
    const stillThere = await db.question.findUniqueOrThrow({ where: { id: keptQuestions[0]!.id } });
    expect(stillThere).toMatchObject({ status: "approved", contentId: keptQuestions[0]!.contentId, sourceSentence: kept });
    expect(stillThere.sourceStart).toBeGreaterThan(keptQuestions[0]!.sourceStart!);
    expect(await db.card.findUnique({ where: { id: keptCard.id } })).toMatchObject({ questionId: stillThere.id, reps: 1, stability: 3.2 });
    expect(await db.reviewLog.count({ where: { cardId: keptCard.id } })).toBe(1);
    // every other question on unchanged sentences kept its row
    for (const q of keptQuestions) expect(await db.question.findUnique({ where: { id: q.id } })).not.toBeNull();

    // the studied question on the edited sentence: retired (rejected), history kept
    expect(await db.question.findUniqueOrThrow({ where: { id: editedQuestions[0]!.id } })).toMatchObject({ status: "rejected" });
    expect(await db.card.findUnique({ where: { id: editedCard.id } })).not.toBeNull();
    // never-studied questions of the edited sentence are gone; the new sentence has new questions
    for (const id of untouched) expect(await db.question.findUnique({ where: { id } })).toBeNull();
    expect(await db.question.count({ where: { questionSetId: set.id, sourceSentence: { contains: "with one legion" } } })).toBeGreaterThan(0);
    // the set is still the same published set
    expect(await db.questionSet.count({ where: { course: { slug: course }, document: { slug: "republic" } } })).toBe(1);
  });

  it("unpublishes the set of a document removed from the folder", async () => {
    fs.rmSync(path.join(dir, course, "02-rivers.md"));
    await syncCourseContent({ root: dir }, LATER);
    const set = await db.questionSet.findFirstOrThrow({ where: { course: { slug: course }, document: { slug: "rivers" } } });
    expect(set.status).toBe("draft");
  });

  it("refuses to overwrite a course that belongs to a user", async () => {
    const owned = `owned-${randomUUID().slice(0, 8)}`;
    await db.course.create({ data: { slug: owned, title: "Mine", ownerId: userId } });
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "qw-sync-"));
    try {
      write(other, owned, "01-x.txt", "X", 1, GEOGRAPHY);
      await expect(syncCourseContent({ root: other }, NOW)).rejects.toThrow(/belongs to a user/);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
