import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db/client";

/** Test data for the study integration tests: every call makes fresh, uniquely named rows. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export async function createStudent(role: "student" | "instructor" = "student") {
  const tag = unique();
  return db.user.create({ data: { email: `${role}-${tag}@study.test`, name: `S ${tag}`, role } });
}

type QuestionSpec = {
  type?: "flashcard" | "cloze" | "multiple_choice" | "true_false" | "typed";
  prompt?: string;
  answer?: string;
  options?: string[];
  status?: "pending" | "approved" | "rejected";
};

/** A course with one published set of approved questions, plus a draft set and an unapproved question. */
export async function createDeck(questionCount = 3, extra: QuestionSpec[] = []) {
  const tag = unique();
  const course = await db.course.create({ data: { slug: `course-${tag}`, title: `Course ${tag}` } });
  const published = await db.questionSet.create({
    data: { courseId: course.id, title: `Published ${tag}`, status: "published", publishedAt: new Date() },
  });
  const draft = await db.questionSet.create({ data: { courseId: course.id, title: `Draft ${tag}`, status: "draft" } });
  const specs: QuestionSpec[] = [
    ...Array.from({ length: questionCount }, (_, i) => ({ prompt: `Front ${i}`, answer: `Back ${i}` })),
    ...extra,
  ];
  const questions = [];
  for (const [i, spec] of specs.entries()) {
    questions.push(
      await db.question.create({
        data: {
          questionSetId: published.id,
          contentId: `c-${tag}-${i}`,
          type: spec.type ?? "flashcard",
          prompt: spec.prompt ?? `Q${i}`,
          answer: spec.answer ?? `A${i}`,
          options: spec.options ?? [],
          status: spec.status ?? "approved",
          position: i,
          sourceSentence: `Source sentence ${i}.`,
        },
      }),
    );
  }
  const draftQuestion = await db.question.create({
    data: { questionSetId: draft.id, contentId: `d-${tag}`, type: "flashcard", prompt: "Draft", answer: "x", options: [], status: "approved" },
  });
  const pendingQuestion = await db.question.create({
    data: { questionSetId: published.id, contentId: `p-${tag}`, type: "flashcard", prompt: "Pending", answer: "x", options: [], status: "pending", position: 999 },
  });
  return { course, published, draft, questions, draftQuestion, pendingQuestion, setDeckId: `set-${published.id}`, courseDeckId: `course-${course.slug}` };
}

export const reviewId = () => randomUUID();
