"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  Pie,
  PieChart,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import type { StudyStats } from "@/server/study/get-study-stats";

/**
 * The stats page's charts (recharts; only this page loads it). Each chart sits in a <figure> with a caption and a
 * short text summary for screen readers; the per-deck numbers are also a table on the page.
 */

const BRAND = "#2563eb";
const stateColors: Record<string, string> = { New: "#64748b", Learning: "#d97706", Review: "#15803d", Relearning: "#b91c1c" };
const heatColors = ["#e2e8f0", "#bfdbfe", "#60a5fa", "#2563eb", "#1e3a8a"];

function ChartFigure({ id, title, summary, children }: { id: string; title: string; summary: string; children: React.ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption id={`${id}-title`} className="mb-2 text-base font-semibold text-slate-900">
        {title}
      </figcaption>
      <p id={`${id}-summary`} className="sr-only">
        {summary}
      </p>
      <div data-chart={id}>{children}</div>
    </figure>
  );
}

type HeatPoint = { week: number; weekday: number; count: number; date: string };

function heatmapPoints(days: StudyStats["reviewsPerDay"]): { points: HeatPoint[]; max: number } {
  const points: HeatPoint[] = [];
  let max = 0;
  // Columns are weeks (oldest left), rows are weekdays (Monday top).
  const first = days[0] ? new Date(`${days[0].date}T00:00:00Z`) : new Date();
  const firstWeekday = (first.getUTCDay() + 6) % 7;
  days.forEach((day, i) => {
    const slot = i + firstWeekday;
    points.push({ week: Math.floor(slot / 7), weekday: slot % 7, count: day.count, date: day.date });
    max = Math.max(max, day.count);
  });
  return { points, max };
}

function heatColor(count: number, max: number): string {
  if (count === 0 || max === 0) return heatColors[0]!;
  const level = Math.min(4, 1 + Math.floor((count / max) * 3.999));
  return heatColors[level]!;
}

export function StatsCharts({ stats }: { stats: StudyStats }) {
  const { points, max } = heatmapPoints(stats.reviewsPerDay);
  const activeDays = stats.reviewsPerDay.filter((d) => d.count > 0).length;
  const retention = stats.retentionByWeek.map((w) => ({
    week: w.weekStart.slice(5),
    retention: w.retention === null ? null : Math.round(w.retention * 1000) / 10,
    reviews: w.reviews,
  }));
  const measuredWeeks = stats.retentionByWeek.filter((w) => w.retention !== null);
  const forecast = stats.dueForecast.map((d, i) => ({ day: i === 0 ? "Today" : d.date.slice(5), count: d.count }));
  const totalCards = stats.cardsByState.reduce((n, s) => n + s.count, 0);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="lg:col-span-2">
        <ChartFigure
          id="heatmap"
          title="Reviews per day (last 12 months)"
          summary={`${stats.totalReviews} reviews on ${activeDays} days in the last year; the busiest day had ${max}.`}
        >
          <div className="overflow-x-auto">
            <ScatterChart width={900} height={170} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
              <XAxis type="number" dataKey="week" hide domain={[0, 53]} />
              <YAxis
                type="number"
                dataKey="weekday"
                reversed
                domain={[0, 6]}
                ticks={[0, 2, 4]}
                tickFormatter={(v: number) => ["Mon", "", "Wed", "", "Fri", "", ""][v] ?? ""}
                width={32}
                tick={{ fontSize: 11, fill: "#334155" }}
              />
              <ZAxis type="number" dataKey="count" range={[120, 120]} />
              <Tooltip
                cursor={false}
                formatter={(value) => [String(value), "reviews"]}
                labelFormatter={() => ""}
                content={({ payload }) => {
                  const p = payload?.[0]?.payload as HeatPoint | undefined;
                  return p ? (
                    <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs text-slate-900 shadow">
                      {p.date}: {p.count} reviews
                    </div>
                  ) : null;
                }}
              />
              <Scatter
                data={points}
                isAnimationActive={false}
                shape={(props: unknown) => {
                  const { cx, cy, payload } = props as { cx: number; cy: number; payload: HeatPoint };
                  return <rect x={cx - 6} y={cy - 6} width={12} height={12} rx={2} fill={heatColor(payload.count, max)} />;
                }}
              />
            </ScatterChart>
          </div>
        </ChartFigure>
      </div>

      <ChartFigure
        id="retention"
        title="True retention per week"
        summary={
          measuredWeeks.length
            ? `Share of review-state cards recalled (not rated Again), last ${measuredWeeks.length} weeks with reviews: ${measuredWeeks
                .map((w) => `${w.weekStart} ${Math.round((w.retention ?? 0) * 100)}%`)
                .join(", ")}.`
            : "No reviews of learned cards yet."
        }
      >
        <LineChart data={retention} responsive style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tick={{ fontSize: 11, fill: "#334155" }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11, fill: "#334155" }} width={44} />
          <Tooltip formatter={(value) => [`${String(value)}%`, "retention"]} />
          <Line type="monotone" dataKey="retention" stroke={BRAND} strokeWidth={2} connectNulls dot isAnimationActive={false} />
        </LineChart>
      </ChartFigure>

      <ChartFigure
        id="forecast"
        title="Due in the next 30 days"
        summary={`${forecast.reduce((n, d) => n + d.count, 0)} cards due in the next 30 days, ${forecast[0]?.count ?? 0} of them today.`}
      >
        <BarChart data={forecast} responsive style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tick={{ fontSize: 11, fill: "#334155" }} interval={4} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#334155" }} width={36} />
          <Tooltip formatter={(value) => [String(value), "cards due"]} />
          <Bar dataKey="count" fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ChartFigure>

      <ChartFigure
        id="states"
        title="Cards by state"
        summary={stats.cardsByState.map((s) => `${s.state}: ${s.count}`).join(", ") + "."}
      >
        <PieChart responsive style={{ width: "100%", height: 240 }}>
          <Pie
            data={totalCards > 0 ? stats.cardsByState : [{ state: "No cards yet", count: 1 }]}
            dataKey="count"
            nameKey="state"
            innerRadius={50}
            outerRadius={90}
            isAnimationActive={false}
            label={totalCards > 0 ? ({ name, value }) => (Number(value) > 0 ? `${String(name)} ${String(value)}` : "") : false}
          >
            {(totalCards > 0 ? stats.cardsByState : [{ state: "No cards yet", count: 1 }]).map((s) => (
              <Cell key={s.state} fill={stateColors[s.state] ?? "#cbd5e1"} />
            ))}
          </Pie>
          <Tooltip />
        </PieChart>
        <ul className="mt-2 flex flex-wrap gap-3 text-xs text-slate-700" aria-hidden="true">
          {stats.cardsByState.map((s) => (
            <li key={s.state} className="flex items-center gap-1">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: stateColors[s.state] }} />
              {s.state} {s.count}
            </li>
          ))}
        </ul>
      </ChartFigure>

      <ChartFigure
        id="decks"
        title="Per deck"
        summary="Due today, new and learned cards per question set; the same numbers are in the table below."
      >
        <BarChart
          data={stats.decks.flatMap((c) => c.sets).map((s) => ({ name: s.title, due: s.summary.dueToday, new: s.summary.new, learned: s.summary.learned }))}
          responsive
          style={{ width: "100%", height: 240 }}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="name" tick={{ fontSize: 11, fill: "#334155" }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#334155" }} width={36} />
          <Tooltip />
          <Bar dataKey="due" name="Due today" stackId="a" fill="#b91c1c" isAnimationActive={false} />
          <Bar dataKey="new" name="New" stackId="a" fill="#64748b" isAnimationActive={false} />
          <Bar dataKey="learned" name="Learned" stackId="a" fill="#15803d" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
    </div>
  );
}
