import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import type { SessionUser } from "@/server/auth/session-user";
import { createClass } from "@/server/classes/create-class";
import { getMyClass } from "@/server/classes/get-my-class";
import { joinClass } from "@/server/classes/join-class";
import { removeStudent } from "@/server/classes/remove-student";
import { db } from "@/server/db/client";
import { createAssignment } from "./create-assignment";
import { exportAssignmentResults } from "./export-assignment-results";
import { exportGradebook } from "./export-gradebook";
import { getAttemptForTaking } from "./get-attempt-for-taking";
import { getAttemptResults } from "./get-attempt-results";
import { getGradebook } from "./get-gradebook";
import { getItemAnalysis } from "./get-item-analysis";
import { getMyAssignment } from "./get-my-assignment";
import { getStudentAttempts } from "./get-student-attempts";
import { listUsableQuestionSets } from "./list-usable-question-sets";
import { answerKey, at, makeQuizSet, makeUser } from "./quiz-fixtures.int-helpers";
import { saveAnswer } from "./save-answer";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

const T0 = new Date("2026-12-01T09:00:00.000Z");
const DUE = at(T0, 3 * 3600); // 12:00

type Rules = Record<string, unknown>;
const rules = (over: Rules = {}): Rules => ({
  title: "Quiz",
  questionCount: 5,
  questionTypes: ["multiple_choice", "true_false", "typed", "cloze"],
  selection: "same",
  shuffleOptions: true,
  opensAt: T0,
  dueAt: DUE,
  timeLimitSeconds: 600,
  maxAttempts: 1,
  grading: "best",
  showAnswers: "after_submit",
  ...over,
});

async function layoutOf(attemptId: string) {
  const row = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { layout: true } });
  return parseAttemptLayout(row.layout).questions.map((q) => q.questionId);
}

/** Answers every question: right for the first `right` questions of the layout, wrong for the rest. */
async function answer(user: SessionUser, attemptId: string, right: number, now: Date) {
  const ids = await layoutOf(attemptId);
  const key = await answerKey(ids);
  for (const [i, id] of ids.entries()) {
    await saveAnswer(user.id, { attemptId, questionId: id, response: i < right ? key.get(id)! : "Wrong answer" }, now);
  }
  return ids;
}

describe("assigned quizzes", () => {
  let teacher: SessionUser;
  let otherTeacher: SessionUser;
  let ann: SessionUser;
  let ben: SessionUser;
  let cat: SessionUser;
  let outsider: SessionUser;
  let classId: string;
  let otherClassId: string;
  let setId: string;
  let assign: (over?: Rules) => Promise<string>;

  beforeAll(async () => {
    [teacher, otherTeacher, ann, ben, cat, outsider] = await Promise.all([
      makeUser("instructor"),
      makeUser("instructor"),
      makeUser("student", "Ann"),
      makeUser("student", "Ben"),
      makeUser("student", "Cat"),
      makeUser("student", "Outsider"),
    ]);
    const cls = await createClass(teacher, { name: "Class A" });
    const other = await createClass(otherTeacher, { name: "Class B" });
    classId = cls.id;
    otherClassId = other.id;
    for (const s of [ann, ben, cat]) await joinClass(s, { code: cls.joinCode }, T0);
    await joinClass(outsider, { code: other.joinCode }, T0);
    setId = (await makeQuizSet(teacher)).set.id;
    assign = async (over = {}) => (await createAssignment(teacher, { classId, questionSetId: setId, rules: rules(over) })).id;
  });

  describe("creating assignments", () => {
    it("only from a published set the instructor may use, into a class they teach", async () => {
      const draft = (await makeQuizSet(teacher, "draft")).set.id;
      const someoneElses = (await makeQuizSet(otherTeacher)).set.id;
      const installation = (await makeQuizSet(null)).set.id;
      const create = (user: SessionUser, input: Rules) => createAssignment(user, { classId, questionSetId: setId, rules: rules(), ...input });
      await expect(create(teacher, { questionSetId: draft })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(create(teacher, { questionSetId: someoneElses })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(create(teacher, { classId: otherClassId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(create(ann, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(create(teacher, { questionSetId: installation })).resolves.toHaveProperty("id");
      const usable = (await listUsableQuestionSets(teacher)).map((s) => s.id);
      expect(usable).toEqual(expect.arrayContaining([setId, installation]));
      expect(usable).not.toContain(draft);
      expect(usable).not.toContain(someoneElses);
      expect((await listUsableQuestionSets(teacher)).find((s) => s.id === setId)?.approvedByType).toEqual({
        multiple_choice: 2,
        true_false: 1,
        typed: 1,
        cloze: 1,
      });
    });

    it("refuses more questions than the set has of the chosen types, and flashcards", async () => {
      await expect(createAssignment(teacher, { classId, questionSetId: setId, rules: rules({ questionCount: 6 }) })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: "This set has only 5 approved questions of the chosen types.",
      });
      await expect(
        createAssignment(teacher, { classId, questionSetId: setId, rules: rules({ questionCount: 2, questionTypes: ["true_false"] }) }),
      ).rejects.toMatchObject({ message: "This set has only 1 approved question of the chosen types." });
      await expect(createAssignment(teacher, { classId, questionSetId: setId, rules: rules({ questionTypes: ["flashcard"] }) })).rejects.toThrow();
    });
  });

  describe("taking a quiz", () => {
    it("draws the allowed approved questions, the same for everyone with 'same' selection", async () => {
      const id = await assign({ questionCount: 5 });
      const a = await startAttempt(ann, { assignmentId: id }, at(T0, 60));
      const b = await startAttempt(ben, { assignmentId: id }, at(T0, 60));
      const questions = await db.question.findMany({ where: { questionSetId: setId }, orderBy: { position: "asc" }, select: { id: true } });
      const expected = questions.slice(0, 5).map((q) => q.id); // never the flashcard (5) or the pending question (6)
      expect(await layoutOf(a.attemptId)).toEqual(expected);
      expect(await layoutOf(b.attemptId)).toEqual(expected);
      // resuming returns the same attempt
      expect(await startAttempt(ann, { assignmentId: id }, at(T0, 120))).toEqual({ attemptId: a.attemptId, resumed: true });
    });

    it("never sends the right answers before submission", async () => {
      const id = await assign({ title: "Secret check" });
      const { attemptId } = await startAttempt(ann, { assignmentId: id }, at(T0, 10));
      const taking = await getAttemptForTaking(ann, { attemptId }, at(T0, 20));
      expect(taking.state).toBe("in_progress");
      const json = JSON.stringify(taking);
      expect(json).not.toContain("photosynthesis");
      expect(json).not.toContain("mitochondrion");
      expect(json).not.toContain("Source sentence");
      expect(json).not.toContain("Because");
      if (taking.state === "in_progress") {
        for (const q of taking.payload.questions) expect(Object.keys(q).sort()).toEqual(["number", "options", "prompt", "questionId", "saved", "type"]);
        expect(taking.payload.secondsLeft).toBe(590);
      }
      await expect(getAttemptResults(ann, { attemptId }, at(T0, 30))).rejects.toMatchObject({ code: "CONFLICT" });
    });

    it("saves answers idempotently (one row per question, last response wins) and resumes them", async () => {
      const id = await assign();
      const { attemptId } = await startAttempt(ben, { assignmentId: id }, at(T0, 0));
      const [first] = await layoutOf(attemptId);
      const save = (response: string, s: number) => saveAnswer(ben.id, { attemptId, questionId: first!, response }, at(T0, s));
      expect(await save("Lyon", 5)).toEqual({ questionId: first, savedAt: at(T0, 5).toISOString() });
      await save("Lyon", 6);
      await Promise.all([save("Paris", 7), save("Paris", 7)]);
      const rows = await db.attemptAnswer.findMany({ where: { attemptId } });
      expect(rows.map((r) => [r.questionId, r.response])).toEqual([[first, "Paris"]]);
      const taking = await getAttemptForTaking(ben, { attemptId }, at(T0, 8));
      expect(taking.state === "in_progress" && taking.payload.questions[0]!.saved).toBe("Paris");
      await expect(saveAnswer(ben.id, { attemptId, questionId: "not-in-layout", response: "x" }, at(T0, 9))).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(saveAnswer(ben.id, { attemptId, questionId: first, response: "x".repeat(2001) }, at(T0, 9))).rejects.toThrow();
    });

    it("time limit: a save at the deadline is refused and the attempt is submitted with what was saved, dated at the deadline", async () => {
      const id = await assign({ timeLimitSeconds: 60 });
      const start = at(T0, 100);
      const { attemptId } = await startAttempt(cat, { assignmentId: id }, start);
      const ids = await layoutOf(attemptId);
      const key = await answerKey(ids);
      await saveAnswer(cat.id, { attemptId, questionId: ids[0]!, response: key.get(ids[0]!)! }, at(start, 30));
      await saveAnswer(cat.id, { attemptId, questionId: ids[1]!, response: key.get(ids[1]!)! }, at(start, 59.999));
      await expect(saveAnswer(cat.id, { attemptId, questionId: ids[2]!, response: key.get(ids[2]!)! }, at(start, 60))).rejects.toMatchObject({
        code: "GONE",
        message: expect.stringContaining("Time is up"),
      });
      const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect(attempt).toMatchObject({ submittedAt: at(start, 60), autoSubmitted: true, score: 2, maxScore: 5 });
      await expect(saveAnswer(cat.id, { attemptId, questionId: ids[2]!, response: "x" }, at(start, 61))).rejects.toMatchObject({ code: "CONFLICT" });
      const results = await getAttemptResults(cat, { attemptId }, at(start, 90));
      expect(results).toMatchObject({ autoSubmitted: true, percent: 40, late: false });
    });

    it("time up with nobody watching: submitted lazily on the next access, with the saved answers", async () => {
      const id = await assign({ timeLimitSeconds: 60 });
      const start = at(T0, 200);
      const { attemptId } = await startAttempt(ann, { assignmentId: id }, start);
      await answer(ann, attemptId, 3, at(start, 10));
      expect(await getAttemptForTaking(ann, { attemptId }, at(start, 3600))).toEqual({ state: "submitted", attemptId, classId });
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ submittedAt: at(start, 60), autoSubmitted: true, score: 3 });
    });

    it("time up: the instructor's gradebook submits expired attempts", async () => {
      const id = await assign({ timeLimitSeconds: 60, title: "Lazy via gradebook" });
      const start = at(T0, 300);
      const { attemptId } = await startAttempt(ben, { assignmentId: id }, start);
      await answer(ben, attemptId, 4, at(start, 10));
      const { gradebook } = await getGradebook(teacher, classId, at(start, 61));
      const column = gradebook.columns.findIndex((c) => c.assignment.id === id);
      const benRow = gradebook.rows.find((r) => r.student.userId === ben.id)!;
      expect(benRow.cells[column]).toMatchObject({ status: "submitted", score: 4, maxScore: 5, percent: 80, attempts: 1, late: false });
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ autoSubmitted: true, submittedAt: at(start, 60) });
    });

    it("max attempts: extra attempts are refused with a clear message", async () => {
      const id = await assign({ maxAttempts: 2, grading: "last" });
      const first = await startAttempt(ann, { assignmentId: id }, at(T0, 10));
      await answer(ann, first.attemptId, 5, at(T0, 20));
      expect(await submitAttempt(ann, { attemptId: first.attemptId }, at(T0, 30))).toMatchObject({ score: 5, maxScore: 5, autoSubmitted: false, alreadySubmitted: false });
      // submitting again is idempotent
      expect(await submitAttempt(ann, { attemptId: first.attemptId }, at(T0, 40))).toMatchObject({ score: 5, alreadySubmitted: true, submittedAt: at(T0, 30) });
      const second = await startAttempt(ann, { assignmentId: id }, at(T0, 50));
      expect(second.resumed).toBe(false);
      await answer(ann, second.attemptId, 1, at(T0, 60));
      await submitAttempt(ann, { attemptId: second.attemptId }, at(T0, 70));
      await expect(startAttempt(ann, { assignmentId: id }, at(T0, 80))).rejects.toMatchObject({
        code: "CONFLICT",
        message: "You have used all 2 attempts allowed for this quiz.",
      });
      // grading by last attempt: 1/5
      const mine = await getMyAssignment(ann, { assignmentId: id }, at(T0, 90));
      expect(mine.gradedAttemptId).toBe(second.attemptId);
      expect(mine.decision).toMatchObject({ kind: "refused", reason: "no_attempts_left" });
      expect(mine.attempts.map((a) => a.percent)).toEqual([100, 20]);
    });

    it("opening and due dates: no start before or after; an attempt started before the due date keeps its time and is late", async () => {
      const opensAt = at(T0, 3600);
      const id = await assign({ opensAt, dueAt: at(opensAt, 600), timeLimitSeconds: 120 });
      await expect(startAttempt(ben, { assignmentId: id }, at(opensAt, -1))).rejects.toMatchObject({
        code: "CONFLICT",
        message: `This quiz is not open yet. It opens at ${opensAt.toISOString()}.`,
      });
      await expect(startAttempt(ben, { assignmentId: id }, at(opensAt, 600))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("closed") });
      const { attemptId } = await startAttempt(ben, { assignmentId: id }, at(opensAt, 590));
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ deadlineAt: at(opensAt, 710) });
      await answer(ben, attemptId, 2, at(opensAt, 650)); // after the due date, before its own deadline
      const submitted = await submitAttempt(ben, { attemptId }, at(opensAt, 660));
      expect(submitted).toMatchObject({ autoSubmitted: false, score: 2, submittedAt: at(opensAt, 660) });
      expect((await getAttemptResults(ben, { attemptId }, at(opensAt, 700))).late).toBe(true);
      const { gradebook } = await getGradebook(teacher, classId, at(opensAt, 800));
      const column = gradebook.columns.findIndex((c) => c.assignment.id === id);
      const cells = Object.fromEntries(gradebook.rows.map((r) => [r.student.name, r.cells[column]]));
      expect(cells.Ben).toMatchObject({ status: "submitted", late: true, percent: 40 });
      expect(cells.Ann).toMatchObject({ status: "not_started", missing: true });
    });

    it("an untimed attempt ends at the due date", async () => {
      const id = await assign({ timeLimitSeconds: null });
      const { attemptId } = await startAttempt(cat, { assignmentId: id }, at(T0, 5));
      expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(DUE);
    });
  });

  describe("answer visibility", () => {
    async function submittedAttempt(over: Rules, student: SessionUser) {
      const id = await assign(over);
      const { attemptId } = await startAttempt(student, { assignmentId: id }, at(T0, 10));
      await answer(student, attemptId, 4, at(T0, 20));
      await submitAttempt(student, { attemptId }, at(T0, 30));
      return attemptId;
    }

    it("never: score only, no right answers, no per-question correctness", async () => {
      const attemptId = await submittedAttempt({ showAnswers: "never" }, ann);
      const r = await getAttemptResults(ann, { attemptId }, at(DUE, 86_400));
      expect(r.results.revealed).toBe(false);
      expect(r.results.score).toBe(4);
      const json = JSON.stringify(r.results);
      expect(json).not.toContain("mitochondrion"); // answered wrong: the right answer must not show
      expect(json).not.toContain("Source sentence");
      expect(json).not.toContain('"correct"');
    });

    it("after submit: right answers and source sentences", async () => {
      const attemptId = await submittedAttempt({ showAnswers: "after_submit" }, ben);
      const r = await getAttemptResults(ben, { attemptId }, at(T0, 31));
      expect(r.results.revealed).toBe(true);
      if (r.results.revealed) {
        expect(r.results.questions.map((q) => q.correct)).toEqual([true, true, true, true, false]);
        expect(r.results.questions[4]).toMatchObject({ answer: "mitochondrion", response: "Wrong answer", sourceSentence: "Source sentence for mitochondrion." });
      }
    });

    it("after the due date: hidden until due date + time limit", async () => {
      const attemptId = await submittedAttempt({ showAnswers: "after_due", timeLimitSeconds: 600 }, cat);
      expect((await getAttemptResults(cat, { attemptId }, at(DUE, 599))).results.revealed).toBe(false);
      expect((await getAttemptResults(cat, { attemptId }, at(DUE, 600))).results.revealed).toBe(true);
    });
  });

  describe("wrong answers enter spaced repetition", () => {
    it("creates or resets the card to due now and logs a quiz review rated Again", async () => {
      const student = await makeUser("student", "Learner");
      const cls = await db.class.findUniqueOrThrow({ where: { id: classId } });
      await joinClass(student, { code: cls.joinCode }, T0);
      const take = async (title: string, t: number) => {
        const id = await assign({ title });
        const { attemptId } = await startAttempt(student, { assignmentId: id }, at(T0, t));
        const ids = await answer(student, attemptId, 3, at(T0, t + 10)); // the last two wrong
        await submitAttempt(student, { attemptId }, at(T0, t + 20));
        return { attemptId, ids };
      };
      const first = await take("SRS 1", 400);
      const missed = [first.ids[3]!, first.ids[4]!].sort();
      let cards = await db.card.findMany({ where: { userId: student.id }, orderBy: { questionId: "asc" } });
      expect(cards.map((c) => [c.questionId, c.due, c.questionSetId, c.reps])).toEqual(missed.map((q) => [q, at(T0, 420), setId, 1]));
      const logs = await db.reviewLog.findMany({ where: { userId: student.id }, orderBy: { questionId: "asc" } });
      expect(logs.map((l) => [l.id, l.rating, l.source, l.reviewedAt])).toEqual(missed.map((q) => [`quiz:${first.attemptId}:${q}`, 1, "quiz", at(T0, 420)]));
      // missed again in a later quiz: the same cards are reset to due now
      const second = await take("SRS 2", 900);
      cards = await db.card.findMany({ where: { userId: student.id }, orderBy: { questionId: "asc" } });
      expect(cards.map((c) => [c.questionId, c.due, c.reps])).toEqual(missed.map((q) => [q, at(T0, 920), 2]));
      expect(await db.reviewLog.count({ where: { userId: student.id, id: { startsWith: `quiz:${second.attemptId}:` } } })).toBe(2);
    });
  });

  describe("saves racing the submission", () => {
    it.each([1, 2, 3, 4, 5])("every acknowledged save is graded; later saves are refused (round %i)", async () => {
      const id = await assign({ title: "Race", maxAttempts: 1 });
      const student = await makeUser("student", "Racer");
      const cls = await db.class.findUniqueOrThrow({ where: { id: classId } });
      await joinClass(student, { code: cls.joinCode }, T0);
      const attempt = await startAttempt(student, { assignmentId: id }, at(T0, 500));
      const ids = await layoutOf(attempt.attemptId);
      const key = await answerKey(ids);
      const saves = ids.map((q) =>
        saveAnswer(student.id, { attemptId: attempt.attemptId, questionId: q, response: key.get(q)! }, at(T0, 510)).then(
          () => q,
          () => null,
        ),
      );
      const submit = submitAttempt(student, { attemptId: attempt.attemptId }, at(T0, 510));
      const acknowledged = (await Promise.all(saves)).filter((q) => q !== null);
      const result = await submit;
      const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
      expect(stored.score).toBe(result.score);
      // every acknowledged save is in the graded score
      expect(result.score).toBe(acknowledged.length);
      const graded = await db.attemptAnswer.findMany({ where: { attemptId: attempt.attemptId } });
      expect(graded.every((a) => a.correct === true)).toBe(true);
    });
  });

  describe("other classes' data is refused", () => {
    let assignmentId: string;
    let annAttempt: string;
    beforeAll(async () => {
      assignmentId = await assign({ title: "Private" });
      annAttempt = (await startAttempt(ann, { assignmentId }, at(T0, 700))).attemptId;
    });

    it("a student of class B cannot read or take class A's assignment or anybody's attempt", async () => {
      const now = at(T0, 710);
      await expect(startAttempt(outsider, { assignmentId }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getMyAssignment(outsider, { assignmentId }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getMyClass(outsider, classId, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAttemptForTaking(outsider, { attemptId: annAttempt }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const [q] = await layoutOf(annAttempt);
      await expect(saveAnswer(outsider.id, { attemptId: annAttempt, questionId: q, response: "x" }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(submitAttempt(outsider, { attemptId: annAttempt }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAttemptResults(outsider, { attemptId: annAttempt }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      // a classmate cannot touch Ann's attempt either
      await expect(getAttemptForTaking(ben, { attemptId: annAttempt }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(saveAnswer(ben.id, { attemptId: annAttempt, questionId: q, response: "x" }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await db.attemptAnswer.count({ where: { attemptId: annAttempt } })).toBe(0);
    });

    it("an instructor cannot read another instructor's gradebook, analysis, attempts or exports", async () => {
      const now = at(T0, 720);
      await expect(getGradebook(otherTeacher, classId, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exportGradebook(otherTeacher, classId, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getItemAnalysis(otherTeacher, assignmentId, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exportAssignmentResults(otherTeacher, assignmentId, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getStudentAttempts(otherTeacher, { assignmentId, userId: ann.id }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getGradebook(ann, classId, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("a removed student is refused: no start, no save, no resume, no results", async () => {
      const student = await makeUser("student", "Removed");
      const cls = await db.class.findUniqueOrThrow({ where: { id: classId } });
      await joinClass(student, { code: cls.joinCode }, T0);
      const { attemptId } = await startAttempt(student, { assignmentId }, at(T0, 730));
      const [q] = await layoutOf(attemptId);
      await saveAnswer(student.id, { attemptId, questionId: q!, response: "Paris" }, at(T0, 731));
      await removeStudent(teacher, { classId, userId: student.id }, at(T0, 732));
      const now = at(T0, 733);
      await expect(startAttempt(student, { assignmentId }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(saveAnswer(student.id, { attemptId, questionId: q, response: "Lyon" }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getAttemptForTaking(student, { attemptId }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(submitAttempt(student, { attemptId }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getMyAssignment(student, { assignmentId }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await db.attemptAnswer.findFirstOrThrow({ where: { attemptId } })).response).toBe("Paris");
      // not in the gradebook any more
      const { gradebook } = await getGradebook(teacher, classId, now);
      expect(gradebook.rows.map((r) => r.student.userId)).not.toContain(student.id);
    });
  });

  describe("instructor views with exact numbers", () => {
    it("gradebook, item analysis, student detail and CSV exports", async () => {
      const cls = await createClass(teacher, { name: "Exact class" });
      const students = await Promise.all(["Dora", "Eli", "Fay", "Gus"].map((n) => makeUser("student", n)));
      for (const s of students) await joinClass(s, { code: cls.joinCode }, T0);
      const [dora, eli, fay] = students as [SessionUser, SessionUser, SessionUser, SessionUser];
      const id = (await createAssignment(teacher, { classId: cls.id, questionSetId: setId, rules: rules({ title: "Exact", shuffleOptions: false, maxAttempts: 2 }) })).id;
      const take = async (s: SessionUser, right: number, t: number) => {
        const { attemptId } = await startAttempt(s, { assignmentId: id }, at(T0, t));
        await answer(s, attemptId, right, at(T0, t + 10));
        await submitAttempt(s, { attemptId }, at(T0, t + 20));
        return attemptId;
      };
      await take(dora, 5, 0);
      await take(eli, 3, 0);
      await take(eli, 4, 100); // best of 3 and 4
      await take(fay, 1, 0);
      // Gus never starts.
      const now = at(T0, 1000);
      const { gradebook } = await getGradebook(teacher, cls.id, now);
      expect(gradebook.rows.map((r) => [r.student.name, r.cells[0]!.status, r.cells[0]!.score, r.cells[0]!.attempts, r.cells[0]!.percent])).toEqual([
        ["Dora", "submitted", 5, 1, 100],
        ["Eli", "submitted", 4, 2, 80],
        ["Fay", "submitted", 1, 1, 20],
        ["Gus", "not_started", null, 0, null],
      ]);
      expect(gradebook.columns[0]).toMatchObject({ submitted: 3, notStarted: 1, late: 0, averagePercent: 66.67 });

      const { analysis } = await getItemAnalysis(teacher, id, now);
      // graded attempts: Dora 5/5, Eli 4/5, Fay 1/5; groups of round(0.81) = 1: upper Dora, lower Fay.
      expect(analysis.students).toBe(3);
      expect(analysis.groupSize).toBe(1);
      expect(analysis.items.map((i) => [i.position, i.correct, i.facility, i.discrimination])).toEqual([
        [0, 3, 1, 0],
        [1, 2, 2 / 3, 1],
        [2, 2, 2 / 3, 1],
        [3, 2, 2 / 3, 1],
        [4, 1, 1 / 3, 1],
      ]);
      expect(analysis.items[0]!.options).toEqual([
        { text: "Paris", correct: true, count: 3, share: 1, flagged: false },
        { text: "Lyon", correct: false, count: 0, share: 0, flagged: true },
        { text: "Nice", correct: false, count: 0, share: 0, flagged: true },
        { text: "Lille", correct: false, count: 0, share: 0, flagged: true },
      ]);
      expect(analysis.items[1]!.other).toBe(1); // Fay's "Wrong answer" matches no option
      expect(analysis.items[3]!.options).toBeNull();

      const detail = await getStudentAttempts(teacher, { assignmentId: id, userId: eli.id }, now);
      expect(detail.attempts.map((a) => [a.number, a.score, a.counted])).toEqual([
        [1, 3, false],
        [2, 4, true],
      ]);
      expect(detail.attempts[1]!.questions[4]).toMatchObject({ answer: "mitochondrion", response: "Wrong answer", correct: false });

      const book = parse((await exportGradebook(teacher, cls.id, now)).csv, { bom: true }) as string[][];
      expect(book[0]).toEqual(["Student", "Email", "Exact: score", "Exact: out of", "Exact: percent", "Exact: attempts", "Exact: status", "Exact: submitted at", "Average percent"]);
      expect(book.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8]])).toEqual([
        ["Dora", "5", "5", "100", "1", "submitted", at(T0, 20).toISOString(), "100"],
        ["Eli", "4", "5", "80", "2", "submitted", at(T0, 120).toISOString(), "80"],
        ["Fay", "1", "5", "20", "1", "submitted", at(T0, 20).toISOString(), "20"],
        ["Gus", "", "", "", "0", "not started", "", ""],
      ]);
      const exported = await exportAssignmentResults(teacher, id, now);
      expect(exported.fileName).toBe("exact-results-2026-12-01.csv");
      expect(exported.csv.startsWith("\uFEFF")).toBe(true);
      const results = parse(exported.csv, { bom: true }) as string[][];
      expect(results.slice(1).map((r) => [r[0], r[2], r[7], r[8], r[10]])).toEqual([
        ["Dora", "1", "yes", "5", "100"],
        ["Eli", "1", "no", "3", "60"],
        ["Eli", "2", "yes", "4", "80"],
        ["Fay", "1", "yes", "1", "20"],
      ]);
    });
  });
});
