import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StudySession } from "@/components/study/study-session";
import { TimeZoneCookie } from "@/components/study/time-zone-cookie";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { AppError } from "@/server/errors";
import { readUtcOffsetCookieOrNull } from "@/server/http/read-utc-offset";
import { getStudyQueue } from "@/server/study/get-study-queue";

export const metadata: Metadata = { title: "Study session" };

/** /study/set/<questionSetId> or /study/course/<courseSlug>. */
export default async function StudySessionPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const user = await requirePageUser();
  if (kind !== "set" && kind !== "course") notFound();
  const tz = await readUtcOffsetCookieOrNull();
  let queue;
  try {
    queue = await getStudyQueue({ userId: user.id, deckId: `${kind}-${id}`, utcOffsetMinutes: tz ?? 0 }, await currentTime());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <>
      <TimeZoneCookie current={tz} refresh={false} />
      <PageHeader
        title={queue.title}
        description={<Link href="/study" className="text-brand-700 underline">All decks</Link>}
      />
      <StudySession key={queue.deckId} initial={queue} />
    </>
  );
}
