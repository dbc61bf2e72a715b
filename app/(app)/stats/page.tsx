import type { Metadata } from "next";
import { StatsCharts } from "@/components/study/stats-charts";
import { TimeZoneCookie } from "@/components/study/time-zone-cookie";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { readUtcOffsetCookieOrNull } from "@/server/http/read-utc-offset";
import { getStudyStats } from "@/server/study/get-study-stats";

export const metadata: Metadata = { title: "Study statistics" };

export default async function StatsPage() {
  const user = await requirePageUser();
  const tz = await readUtcOffsetCookieOrNull();
  const stats = await getStudyStats({ userId: user.id, utcOffsetMinutes: tz ?? 0 }, await currentTime());
  const sets = stats.decks.flatMap((course) => course.sets.map((set) => ({ ...set, course: course.title })));
  return (
    <>
      <TimeZoneCookie current={tz} />
      <PageHeader title="Study statistics" description={`${stats.totalReviews} reviews in the last 12 months.`} />
      <StatsCharts stats={stats} />
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Decks</h2>
      <Table caption="Per-deck counts: due today, new, learning, learned">
        <thead className="bg-slate-50">
          <tr>
            <Th>Course</Th>
            <Th>Question set</Th>
            <Th className="text-right">Due today</Th>
            <Th className="text-right">New</Th>
            <Th className="text-right">Learning</Th>
            <Th className="text-right">Learned</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sets.map((set) => (
            <tr key={set.deckId}>
              <Td>{set.course}</Td>
              <Td>{set.title}</Td>
              <Td className="text-right">{set.summary.dueToday}</Td>
              <Td className="text-right">{set.summary.new}</Td>
              <Td className="text-right">{set.summary.learning}</Td>
              <Td className="text-right">{set.summary.learned}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
