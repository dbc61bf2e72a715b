import "server-only";
import { z } from "zod";
import { utcOffsetMinutesSchema } from "@/lib/study/local-day";
import { summarizeDeck, type DeckSummary } from "@/lib/study/summarize-deck";
import { db } from "@/server/db/client";
import { userIdSchema } from "./get-study-settings";

export type DeckListEntry = { deckId: string; title: string; questionCount: number; summary: DeckSummary };
export type CourseDecks = DeckListEntry & { slug: string; sets: DeckListEntry[] };

const inputSchema = z.object({ userId: userIdSchema, utcOffsetMinutes: utcOffsetMinutesSchema.default(0) });

/**
 * Every deck the student may study — each course with a published set (the whole course is a deck) and each of its
 * published sets — with due today / new / learning / learned counts for this student.
 */
export async function listStudyDecks(input: z.input<typeof inputSchema>, now: Date): Promise<CourseDecks[]> {
  const { userId, utcOffsetMinutes } = inputSchema.parse(input);
  const [sets, cards] = await Promise.all([
    db.questionSet.findMany({
      where: { status: "published" },
      orderBy: [{ course: { title: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        course: { select: { slug: true, title: true } },
        _count: { select: { questions: { where: { status: "approved" } } } },
      },
    }),
    db.card.findMany({
      where: { userId, question: { status: "approved", questionSet: { status: "published" } } },
      select: { due: true, state: true, question: { select: { questionSetId: true } } },
    }),
  ]);
  const cardsBySet = new Map<string, { due: Date; state: number }[]>();
  for (const card of cards) {
    const list = cardsBySet.get(card.question.questionSetId);
    if (list) list.push(card);
    else cardsBySet.set(card.question.questionSetId, [card]);
  }
  const courses = new Map<string, CourseDecks>();
  for (const set of sets) {
    const setCards = cardsBySet.get(set.id) ?? [];
    const entry: DeckListEntry = {
      deckId: `set-${set.id}`,
      title: set.title,
      questionCount: set._count.questions,
      summary: summarizeDeck(set._count.questions, setCards, now, utcOffsetMinutes),
    };
    let course = courses.get(set.course.slug);
    if (!course) {
      course = {
        deckId: `course-${set.course.slug}`,
        slug: set.course.slug,
        title: set.course.title,
        questionCount: 0,
        summary: { dueToday: 0, new: 0, learning: 0, learned: 0 },
        sets: [],
      };
      courses.set(set.course.slug, course);
    }
    course.sets.push(entry);
    course.questionCount += entry.questionCount;
    course.summary = {
      dueToday: course.summary.dueToday + entry.summary.dueToday,
      new: course.summary.new + entry.summary.new,
      learning: course.summary.learning + entry.summary.learning,
      learned: course.summary.learned + entry.summary.learned,
    };
  }
  return [...courses.values()];
}
