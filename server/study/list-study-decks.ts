import "server-only";
import { z } from "zod";
import { startOfLocalDayAfter, utcOffsetMinutesSchema } from "@/lib/study/local-day";
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
  const sets = await db.questionSet.findMany({
    where: { status: "published" },
    orderBy: [{ course: { title: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      course: { select: { slug: true, title: true } },
      _count: { select: { questions: { where: { status: "approved" } } } },
    },
  });
  const setIds = sets.map((set) => set.id);
  // Counted from the index Card(userId, questionSetId, state) — no card rows are loaded, whatever the collection size.
  const endOfToday = startOfLocalDayAfter(now, utcOffsetMinutes, 1);
  const [byState, dueToday] = await Promise.all([
    db.card.groupBy({ by: ["questionSetId", "state"], where: { userId, questionSetId: { in: setIds } }, _count: { _all: true } }),
    db.card.groupBy({
      by: ["questionSetId"],
      where: { userId, questionSetId: { in: setIds }, state: { not: 0 }, due: { lt: endOfToday } },
      _count: { _all: true },
    }),
  ]);
  const statesBySet = new Map<string, { state: number; count: number }[]>();
  for (const row of byState) {
    const key = row.questionSetId ?? "";
    const list = statesBySet.get(key) ?? [];
    list.push({ state: row.state, count: row._count._all });
    statesBySet.set(key, list);
  }
  const dueBySet = new Map(dueToday.map((row) => [row.questionSetId ?? "", row._count._all]));

  const courses = new Map<string, CourseDecks>();
  for (const set of sets) {
    const deck: DeckListEntry = {
      deckId: `set-${set.id}`,
      title: set.title,
      questionCount: set._count.questions,
      summary: summarizeDeck({
        questions: set._count.questions,
        cardsByState: statesBySet.get(set.id) ?? [],
        dueToday: dueBySet.get(set.id) ?? 0,
      }),
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
    course.sets.push(deck);
    course.questionCount += deck.questionCount;
    course.summary = {
      dueToday: course.summary.dueToday + deck.summary.dueToday,
      new: course.summary.new + deck.summary.new,
      learning: course.summary.learning + deck.summary.learning,
      learned: course.summary.learned + deck.summary.learned,
    };
  }
  return [...courses.values()];
}
