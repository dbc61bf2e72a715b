/**
 * The class part of the benchmark seed: a class of CLASS_SIZE students (the first students of the study seed)
 * taught by the bench instructor, ASSIGNMENTS quizzes of QUESTIONS_PER_QUIZ questions over the course's sets, and
 * per student and assignment:
 * - attempt 1, submitted and graded (10 answers, about 70 % right): the gradebook's history;
 * - attempt 2, in progress until the assignment is due, 3 answers saved: what the answer-save and submit benchmarks
 *   work on (10,000 open attempts).
 * The class and its assignments are created through the domain (createClass, createAssignment); enrolments,
 * attempts and answers are bulk rows, with layouts drawn by lib/quiz/build-attempt-layout.ts as startAttempt draws
 * them.
 */
import { buildAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { parseOptions, parseQuestionTypes, QUIZ_QUESTION_TYPES } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { createClass } from "@/server/classes/create-class";
import { db } from "@/server/db/client";
import { createAssignment } from "@/server/quiz/create-assignment";
import type { BulkWriter, Row } from "./bulk-insert";
import { benchId, type SeedStudy } from "./seed";

export const CLASS_SIZE = 500;
export const ASSIGNMENTS = 20;
export const QUESTIONS_PER_QUIZ = 10;
const SAVED_IN_OPEN_ATTEMPT = 3;
const DAY = 86_400_000;

export type OpenAttempt = {
  id: string;
  userId: string;
  assignmentIndex: number;
  /** The attempt's questions (layout order) with what a student would answer: the option text or typed text. */
  questions: { id: string; answers: string[] }[];
};

export type SeedClass = {
  classId: string;
  assignmentIds: string[];
  openAttempts: OpenAttempt[];
  counts: Record<string, number>;
};

export async function seedClass(writer: BulkWriter, study: SeedStudy, now: Date): Promise<SeedClass> {
  const instructor: SessionUser = { ...study.instructor, role: "instructor" };
  const course = await db.course.findFirstOrThrow({ where: { questionSets: { some: { id: study.sets[0]!.id } } }, select: { id: true } });
  const { id: classId } = await createClass(instructor, { name: "Bench class (500 students)", courseId: course.id });
  const members = study.students.slice(0, CLASS_SIZE);
  const counts: Record<string, number> = {};
  counts.enrollments = await writer.insert(
    "Enrollment",
    members.map((s, i) => ({ id: benchId("e", i), classId, userId: s.id, joinedAt: new Date(now.getTime() - 30 * DAY) })),
  );

  const assignmentIds: string[] = [];
  for (let a = 0; a < ASSIGNMENTS; a++) {
    const created = await createAssignment(instructor, {
      classId,
      questionSetId: study.sets[a % study.sets.length]!.id,
      rules: {
        title: `Quiz ${String(a + 1).padStart(2, "0")}`,
        questionCount: QUESTIONS_PER_QUIZ,
        questionTypes: [...QUIZ_QUESTION_TYPES],
        selection: "random",
        shuffleOptions: true,
        opensAt: new Date(now.getTime() - (30 - a) * DAY),
        dueAt: new Date(now.getTime() + (7 + a) * DAY),
        timeLimitSeconds: null,
        maxAttempts: 3,
        grading: "best",
        showAnswers: "after_submit",
      },
    });
    assignmentIds.push(created.id);
  }
  counts.assignments = assignmentIds.length;

  const assignments = await db.assignment.findMany({
    where: { id: { in: assignmentIds } },
    select: { id: true, questionSetId: true, seed: true, selection: true, questionCount: true, questionTypes: true, shuffleOptions: true, opensAt: true, dueAt: true },
  });
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const pools = new Map<string, { id: string; type: string; position: number; options: string[]; answer: string }[]>();
  for (const set of study.sets) {
    const questions = await db.question.findMany({
      where: { questionSetId: set.id, status: "approved" },
      select: { id: true, type: true, position: true, options: true, answer: true },
    });
    pools.set(set.id, questions.map((q) => ({ ...q, options: parseOptions(q.options) })));
  }

  const attempts: Row[] = [];
  const answers: Row[] = [];
  const openAttempts: OpenAttempt[] = [];
  let answerN = 0;
  members.forEach((student, s) => {
    assignmentIds.forEach((assignmentId, a) => {
      const assignment = byId.get(assignmentId)!;
      const pool = pools.get(assignment.questionSetId)!;
      const byQuestion = new Map(pool.map((q) => [q.id, q]));
      const rules = {
        seed: assignment.seed,
        selection: assignment.selection,
        questionCount: assignment.questionCount,
        questionTypes: parseQuestionTypes(assignment.questionTypes),
        shuffleOptions: assignment.shuffleOptions,
      };
      const poolForLayout = pool.map((q) => ({ id: q.id, type: q.type, position: q.position, optionCount: q.options.length }));
      // attempt 1: submitted and graded
      const first = buildAttemptLayout(poolForLayout, rules, { userId: student.id, attemptNumber: 1 });
      const startedAt = new Date(assignment.opensAt.getTime() + ((s * 7 + a) % 48) * 3_600_000);
      const firstId = benchId("a", (s * ASSIGNMENTS + a) * 2);
      let score = 0;
      first.questions.forEach((entry, k) => {
        const q = byQuestion.get(entry.questionId)!;
        const right = (s + a + k) % 10 < 7;
        if (right) score++;
        answers.push({
          id: benchId("w", answerN++),
          attemptId: firstId,
          questionId: q.id,
          response: right ? q.answer : wrongAnswer(q),
          correct: right,
          savedAt: new Date(startedAt.getTime() + (k + 1) * 40_000),
          updatedAt: new Date(startedAt.getTime() + (k + 1) * 40_000),
        });
      });
      attempts.push({
        id: firstId,
        assignmentId,
        userId: student.id,
        number: 1,
        startedAt,
        deadlineAt: assignment.dueAt,
        submittedAt: new Date(startedAt.getTime() + 15 * 60_000),
        autoSubmitted: false,
        layout: first,
        score,
        maxScore: first.questions.length,
      });
      // attempt 2: in progress
      const second = buildAttemptLayout(poolForLayout, rules, { userId: student.id, attemptNumber: 2 });
      const openId = benchId("a", (s * ASSIGNMENTS + a) * 2 + 1);
      const openStarted = new Date(now.getTime() - 30 * 60_000);
      attempts.push({
        id: openId,
        assignmentId,
        userId: student.id,
        number: 2,
        startedAt: openStarted,
        deadlineAt: assignment.dueAt,
        submittedAt: null,
        autoSubmitted: false,
        layout: second,
        score: null,
        maxScore: second.questions.length,
      });
      second.questions.slice(0, SAVED_IN_OPEN_ATTEMPT).forEach((entry, k) => {
        const q = byQuestion.get(entry.questionId)!;
        answers.push({
          id: benchId("w", answerN++),
          attemptId: openId,
          questionId: q.id,
          response: q.answer,
          correct: null,
          savedAt: new Date(openStarted.getTime() + (k + 1) * 40_000),
          updatedAt: new Date(openStarted.getTime() + (k + 1) * 40_000),
        });
      });
      openAttempts.push({
        id: openId,
        userId: student.id,
        assignmentIndex: a,
        questions: second.questions.map((entry) => {
          const q = byQuestion.get(entry.questionId)!;
          return { id: q.id, answers: q.options.length > 0 ? q.options : [q.answer, wrongAnswer(q)] };
        }),
      });
    });
  });
  counts.attempts = await writer.insert("Attempt", attempts);
  counts.attemptAnswers = await writer.insert("AttemptAnswer", answers);
  return { classId, assignmentIds, openAttempts, counts };
}

function wrongAnswer(q: { options: string[]; answer: string }): string {
  return q.options.find((o) => o !== q.answer) ?? `not ${q.answer}`.slice(0, 200);
}
