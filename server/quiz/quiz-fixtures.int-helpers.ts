import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";

/** Test data for the class and quiz integration tests: every call makes fresh, uniquely named rows. */
export async function makeUser(role: SessionUser["role"], name?: string): Promise<SessionUser> {
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: { email: `${role}-${tag}@quiz.test`, name: name ?? `${role} ${tag}`, role },
    select: { id: true, email: true, name: true, role: true },
  });
}

/**
 * A published set owned by `owner`: two multiple choice, one true/false, one typed, one cloze (all approved), plus a
 * flashcard and a pending question that quizzes must never draw. Positions 0..6 in that order.
 */
export async function makeQuizSet(owner: SessionUser | null, status: "published" | "draft" = "published") {
  const tag = randomUUID().slice(0, 8);
  const course = await db.course.create({ data: { slug: `quiz-course-${tag}`, title: `Quiz course ${tag}` } });
  const set = await db.questionSet.create({
    data: { courseId: course.id, title: `Set ${tag}`, status, ownerId: owner?.id ?? null, publishedAt: status === "published" ? new Date() : null },
  });
  const specs = [
    { type: "multiple_choice", prompt: "Capital of France?", answer: "Paris", options: ["Paris", "Lyon", "Nice", "Lille"] },
    { type: "multiple_choice", prompt: "Largest planet?", answer: "Jupiter", options: ["Mars", "Jupiter", "Venus", "Mercury"] },
    { type: "true_false", prompt: "Water boils at 100 °C at sea level.", answer: "True", options: ["True", "False"] },
    { type: "typed", prompt: "Process by which plants make food?", answer: "photosynthesis", options: [] },
    { type: "cloze", prompt: "The ____ is the powerhouse of the cell.", answer: "mitochondrion", options: [] },
    { type: "flashcard", prompt: "Define osmosis.", answer: "diffusion of water", options: [] },
    { type: "typed", prompt: "Pending question", answer: "pending", options: [], status: "pending" },
  ] as const;
  const questions = [];
  for (const [i, s] of specs.entries()) {
    questions.push(
      await db.question.create({
        data: {
          questionSetId: set.id,
          contentId: `qz-${tag}-${i}`,
          type: s.type,
          prompt: s.prompt,
          answer: s.answer,
          options: [...s.options],
          status: "status" in s ? s.status : "approved",
          position: i,
          sourceSentence: `Source sentence for ${s.answer}.`,
          explanation: `Because ${s.answer}.`,
        },
      }),
    );
  }
  return { course, set, questions };
}

/** The right response for each question id (by its stored answer). */
export async function answerKey(questionIds: string[]): Promise<Map<string, string>> {
  const rows = await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, answer: true } });
  return new Map(rows.map((r) => [r.id, r.answer]));
}

export const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
