import type { Metadata } from "next";
import Link from "next/link";
import { TimeZoneCookie } from "@/components/study/time-zone-cookie";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import type { DeckSummary } from "@/lib/study/summarize-deck";
import { requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { readUtcOffsetCookieOrNull } from "@/server/http/read-utc-offset";
import { listStudyDecks } from "@/server/study/list-study-decks";

export const metadata: Metadata = { title: "Study" };

function deckHref(deckId: string): string {
  const dash = deckId.indexOf("-");
  return `/study/${deckId.slice(0, dash)}/${deckId.slice(dash + 1)}`;
}

function Counts({ summary }: { summary: DeckSummary }) {
  return (
    <span className="text-sm text-slate-700">
      <strong className="text-slate-900">{summary.dueToday}</strong> due today · <strong className="text-slate-900">{summary.new}</strong> new ·{" "}
      <strong className="text-slate-900">{summary.learned}</strong> learned
    </span>
  );
}

export default async function StudyDecksPage() {
  const user = await requirePageUser();
  const tz = await readUtcOffsetCookieOrNull();
  const courses = await listStudyDecks({ userId: user.id, utcOffsetMinutes: tz ?? 0 }, await currentTime());
  return (
    <>
      <TimeZoneCookie current={tz} />
      <PageHeader
        title="Study"
        description="Due cards come first, then new ones up to your daily limit."
        actions={
          <>
            <Link href="/stats" className={buttonClass("secondary")}>Statistics</Link>
            <Link href="/settings/study" className={buttonClass("secondary")}>Study settings</Link>
          </>
        }
      />
      {courses.length === 0 ? (
        <EmptyState title="Nothing to study yet">Decks appear here once an instructor publishes a question set.</EmptyState>
      ) : (
        <div className="space-y-6">
          {courses.map((course) => (
            <Card key={course.deckId} aria-labelledby={`deck-${course.slug}`}>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div>
                  <h2 id={`deck-${course.slug}`} className="text-lg font-semibold text-slate-900">{course.title}</h2>
                  <Counts summary={course.summary} />
                </div>
                <Link href={deckHref(course.deckId)} className={buttonClass("primary")} aria-label={`Study all of ${course.title}`}>
                  Study course
                </Link>
              </div>
              <ul className="mt-4 divide-y divide-slate-100">
                {course.sets.map((set) => (
                  <li key={set.deckId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div>
                      <p className="font-medium text-slate-900">{set.title}</p>
                      <Counts summary={set.summary} />
                    </div>
                    <Link href={deckHref(set.deckId)} className={buttonClass("secondary", "sm")} aria-label={`Study ${set.title}`}>
                      Study
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
