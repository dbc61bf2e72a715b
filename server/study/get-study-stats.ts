import "server-only";
import { z } from "zod";
import { computeTrueRetention, type WeekRetention } from "@/lib/study/compute-true-retention";
import { countCardsByState, type CardsByState } from "@/lib/study/count-cards-by-state";
import { countReviewsPerDay, type DayCount } from "@/lib/study/count-reviews-per-day";
import { forecastDue, type DueForecastDay } from "@/lib/study/forecast-due";
import { utcOffsetMinutesSchema } from "@/lib/study/local-day";
import { db } from "@/server/db/client";
import { userIdSchema } from "./get-study-settings";
import { listStudyDecks, type CourseDecks } from "./list-study-decks";

export type StudyStats = {
  reviewsPerDay: DayCount[];
  totalReviews: number;
  retentionByWeek: WeekRetention[];
  dueForecast: DueForecastDay[];
  cardsByState: CardsByState;
  decks: CourseDecks[];
};

const inputSchema = z.object({ userId: userIdSchema, utcOffsetMinutes: utcOffsetMinutesSchema.default(0) });

/**
 * A student's study statistics at `now`: reviews per local day over the last year (heatmap), true retention per week
 * (12 weeks), the due forecast for 30 days, cards by state (questions not started yet in decks the student has begun
 * count as New), and per-deck counts. Undone reviews count nowhere. Only the student's own rows are read.
 */
export async function getStudyStats(input: z.input<typeof inputSchema>, now: Date): Promise<StudyStats> {
  const { userId, utcOffsetMinutes } = inputSchema.parse(input);
  const since = new Date(now.getTime() - 366 * 86_400_000);
  const [reviews, [stateRows, soon], decks] = await Promise.all([
    db.reviewLog.findMany({
      where: { userId, reviewedAt: { gte: since, lte: now }, undoneAt: null },
      select: { reviewedAt: true, undoneAt: true, state: true, rating: true },
    }),
    // Counts per state and only the cards due within the forecast window: no full scan of a big collection.
    Promise.all([
      db.card.groupBy({ by: ["state"], where: { userId }, _count: { _all: true } }),
      db.card.findMany({
        where: { userId, state: { not: 0 }, due: { lt: new Date(now.getTime() + 31 * 86_400_000) } },
        select: { due: true, state: true },
      }),
    ]),
    listStudyDecks({ userId, utcOffsetMinutes }, now),
  ]);
  let unstudiedInBegunDecks = 0;
  for (const course of decks) {
    for (const set of course.sets) {
      const begun = set.summary.learning + set.summary.learned > 0;
      if (begun) unstudiedInBegunDecks += set.summary.new;
    }
  }
  const reviewsPerDay = countReviewsPerDay(reviews, now, utcOffsetMinutes, 365);
  return {
    reviewsPerDay,
    totalReviews: reviewsPerDay.reduce((n, d) => n + d.count, 0),
    retentionByWeek: computeTrueRetention(reviews, now, utcOffsetMinutes, 12),
    dueForecast: forecastDue(soon, now, utcOffsetMinutes, 30),
    cardsByState: countCardsByState(
      stateRows.filter((row) => row.state !== 0).map((row) => ({ state: row.state, count: row._count._all })),
      unstudiedInBegunDecks,
    ),
    decks,
  };
}
