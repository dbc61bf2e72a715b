import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeDocx, makePdf } from "@/lib/content/make-test-files";
import { parseQuestionsCsv } from "@/lib/content/question-csv";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { getCourse } from "@/server/courses/get-course";
import { getDocument } from "@/server/courses/get-document";
import { listStudyDecks } from "@/server/study/list-study-decks";
import { addQuestion } from "./add-question";
import { approvePendingQuestions } from "./approve-pending-questions";
import { exportQuestionSetCsv } from "./export-question-set-csv";
import { getQuestionSetReview } from "./get-question-set-review";
import { importQuestionSetCsv } from "./import-question-set-csv";
import { listOwnedQuestionSets } from "./list-owned-question-sets";
import { publishQuestionSet } from "./publish-question-set";
import { setQuestionStatus } from "./set-question-status";
import { updateQuestion } from "./update-question";
import { uploadDocument } from "./upload-document";

const NOW = new Date("2026-11-23T12:00:00Z");
const TEXT = `Volcanoes

A volcano is an opening in the crust of a planet through which lava, ash and gases escape. Mount Vesuvius destroyed Pompeii in AD 79. Mount St. Helens erupted in 1980 in the United States. Krakatoa erupted in 1883 in Indonesia, and the explosion was heard 4,800 km away.

Types of volcanoes

Shield volcanoes are broad volcanoes built from fluid lava flows. Mauna Loa in Hawaii is the largest shield volcano on Earth. Stratovolcanoes are steep volcanoes built from layers of lava and ash. Mount Fuji in Japan is a stratovolcano that last erupted in 1707.`;

async function makeUser(role: SessionUser["role"]): Promise<SessionUser> {
  const tag = randomUUID().slice(0, 8);
  return db.user.create({ data: { email: `${role}-${tag}@review.test`, name: `${role} ${tag}`, role }, select: { id: true, email: true, name: true, role: true } });
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe("instructor question sets", () => {
  let instructor: SessionUser;
  let other: SessionUser;
  let student: SessionUser;
  let setId: string;

  beforeAll(async () => {
    [instructor, other, student] = await Promise.all([makeUser("instructor"), makeUser("instructor"), makeUser("student")]);
  });

  it("uploads a text document into a new course: a draft set of pending, grounded questions", async () => {
    const result = await uploadDocument(instructor, { fileName: "volcanoes.pdf", bytes: bytes(TEXT), newCourseTitle: "Earth Science" }, NOW);
    setId = result.setId;
    expect(result.questionCount).toBeGreaterThan(5);
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, include: { course: true, document: { include: { sections: true } }, questions: true } });
    expect(set).toMatchObject({ status: "draft", ownerId: instructor.id, title: "Volcanoes" });
    expect(set.course).toMatchObject({ ownerId: instructor.id, title: "Earth Science" });
    expect(set.document).toMatchObject({ uploadedById: instructor.id, sourceName: "volcanoes.pdf", body: TEXT });
    expect(set.document!.sections.map((s) => s.heading).sort()).toEqual(["Types of volcanoes", "Volcanoes"]);
    for (const q of set.questions) {
      expect(q.status).toBe("pending");
      expect(TEXT.slice(q.sourceStart!, q.sourceEnd!)).toBe(q.sourceSentence);
    }
    // students see nothing of a draft
    const decks = await listStudyDecks({ userId: student.id }, NOW);
    expect(decks.flatMap((c) => c.sets).some((s) => s.deckId === `set-${setId}`)).toBe(false);
  });

  it("sniffs PDF and Word documents from their bytes, and refuses what it cannot read", async () => {
    const pdf = await uploadDocument(instructor, { fileName: "notes.txt", bytes: new Uint8Array(makePdf(TEXT.split("\n").filter(Boolean))), newCourseTitle: "PDF course" }, NOW);
    expect(pdf.questionCount).toBeGreaterThan(3);
    const docx = await uploadDocument(instructor, { fileName: "volcanoes.docx", bytes: new Uint8Array(await makeDocx(TEXT.split("\n\n"))), newCourseTitle: "Word course" }, NOW);
    expect(docx.questionCount).toBeGreaterThan(3);
    await expect(uploadDocument(instructor, { fileName: "x.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), newCourseTitle: "X" }, NOW)).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
    });
    await expect(uploadDocument(instructor, { fileName: "big.txt", bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(97), newCourseTitle: "X" }, NOW)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
    await expect(uploadDocument(student, { fileName: "a.txt", bytes: bytes(TEXT), newCourseTitle: "X" }, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds a second document to an owned course with a unique slug, and not to someone else's course", async () => {
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, select: { courseId: true } });
    const second = await uploadDocument(instructor, { fileName: "volcanoes.md", bytes: bytes(TEXT), courseId: set.courseId, title: "Volcanoes again" }, NOW);
    expect(second.documentSlug).toBe("volcanoes-2");
    await expect(uploadDocument(other, { fileName: "v.md", bytes: bytes(TEXT), courseId: set.courseId }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the owner each question with its source sentence in context; others get NOT_FOUND", async () => {
    const review = await getQuestionSetReview(instructor, setId, { status: "pending" });
    expect(review.counts.pending).toBeGreaterThan(5);
    const q = review.questions[0]!;
    expect(q.source).not.toBeNull();
    expect(TEXT).toContain(`${q.source!.before.replace(/^…/, "")}${q.source!.sentence}`);
    await expect(getQuestionSetReview(other, setId, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getQuestionSetReview(instructor, "not a valid id!", {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnedQuestionSets(other)).some((s) => s.id === setId)).toBe(false);
  });

  it("approves, rejects and edits questions of owned sets only", async () => {
    const [a, b] = (await getQuestionSetReview(instructor, setId, { status: "pending" })).questions;
    await setQuestionStatus(instructor, { questionId: a!.id, status: "approved" });
    await setQuestionStatus(instructor, { questionId: b!.id, status: "rejected" });
    await expect(setQuestionStatus(other, { questionId: a!.id, status: "rejected" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setQuestionStatus(instructor, { questionId: a!.id, status: "deleted" })).rejects.toThrow();
    await updateQuestion(instructor, { questionId: a!.id, content: { type: "typed", prompt: "Which volcano destroyed Pompeii?", answer: "Mount Vesuvius", options: [], explanation: "" } });
    await expect(
      updateQuestion(instructor, { questionId: a!.id, content: { type: "multiple_choice", prompt: "Pick", answer: "z", options: ["a", "b"], explanation: "" } }),
    ).rejects.toThrow(/answer must be one of the options/);
    await expect(updateQuestion(other, { questionId: a!.id, content: { type: "typed", prompt: "x", answer: "y", options: [], explanation: "" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.question.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ status: "approved", prompt: "Which volcano destroyed Pompeii?", answer: "Mount Vesuvius" });
    expect(await db.question.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ status: "rejected" });
  });

  it("adds the instructor's own question, approved", async () => {
    const { questionId } = await addQuestion(instructor, {
      setId,
      content: { type: "multiple_choice", prompt: "Which is a shield volcano?", answer: "Mauna Loa", options: ["Mauna Loa", "Mount Fuji", "Krakatoa"], explanation: "" },
    });
    expect(await db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ origin: "manual", status: "approved", options: ["Mauna Loa", "Mount Fuji", "Krakatoa"] });
    await expect(addQuestion(other, { setId, content: { type: "flashcard", prompt: "a", answer: "b", options: [], explanation: "" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("publishes: then students see the set's approved questions only", async () => {
    await approvePendingQuestions(instructor, { setId });
    await expect(publishQuestionSet(other, { setId, publish: true }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await publishQuestionSet(instructor, { setId, publish: true }, NOW)).toEqual({ status: "published" });
    const approved = await db.question.count({ where: { questionSetId: setId, status: "approved" } });
    const decks = await listStudyDecks({ userId: student.id }, NOW);
    const deck = decks.flatMap((c) => c.sets).find((s) => s.deckId === `set-${setId}`);
    expect(deck?.questionCount).toBe(approved);
    // the course shows the published document only; the draft second upload stays hidden from students
    const { courseSlug } = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, select: { course: { select: { slug: true } } } }).then((s) => ({ courseSlug: s.course.slug }));
    const seen = await getCourse(student, courseSlug);
    expect(seen.documents.map((d) => d.slug)).toEqual(["volcanoes"]);
    expect(seen.questionSets.map((s) => s.id)).toEqual([setId]);
    await expect(getDocument(student, courseSlug, "volcanoes-2")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getDocument(student, courseSlug, "volcanoes")).title).toBe("Volcanoes");
    expect((await getCourse(instructor, courseSlug)).documents.map((d) => d.slug).sort()).toEqual(["volcanoes", "volcanoes-2"]);
    await publishQuestionSet(instructor, { setId, publish: false }, NOW);
    expect((await listStudyDecks({ userId: student.id }, NOW)).flatMap((c) => c.sets).some((s) => s.deckId === `set-${setId}`)).toBe(false);
  });

  it("refuses to publish a set without approved questions", async () => {
    const course = await db.course.create({ data: { slug: `empty-${randomUUID().slice(0, 8)}`, title: "Empty", ownerId: instructor.id } });
    const empty = await db.questionSet.create({ data: { courseId: course.id, title: "Empty", ownerId: instructor.id } });
    await expect(publishQuestionSet(instructor, { setId: empty.id, publish: true }, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("exports CSV with a BOM and imports it back without duplicates; edits in the file update questions", async () => {
    const { csv, fileName } = await exportQuestionSetCsv(instructor, setId);
    expect(fileName).toBe("volcanoes.csv");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const before = await db.question.count({ where: { questionSetId: setId } });
    const parsed = parseQuestionsCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.questions).toHaveLength(before);

    expect(await importQuestionSetCsv(instructor, { setId, csv })).toEqual({ created: 0, updated: before });
    expect(await db.question.count({ where: { questionSetId: setId } })).toBe(before);

    const edited = csv.replace("Which volcano destroyed Pompeii?", "Which volcano buried Pompeii?");
    const extra = `${edited}\r\n,flashcard,What is magma?,Molten rock below the surface,,,0.4,approved,\r\n`;
    expect(await importQuestionSetCsv(instructor, { setId, csv: extra })).toMatchObject({ created: 1 });
    expect(await db.question.count({ where: { questionSetId: setId, prompt: "Which volcano buried Pompeii?" } })).toBe(1);
    expect(await db.question.findFirst({ where: { questionSetId: setId, prompt: "What is magma?" } })).toMatchObject({ origin: "imported", status: "approved" });
    expect(await importQuestionSetCsv(instructor, { setId, csv: extra })).toMatchObject({ created: 0 });

    await expect(importQuestionSetCsv(instructor, { setId, csv: "type,prompt,answer\nessay,x,y\n" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(importQuestionSetCsv(other, { setId, csv })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportQuestionSetCsv(other, setId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
