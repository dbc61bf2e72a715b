import { describe, expect, it } from "vitest";
import { forecastDue } from "./forecast-due";

describe("forecastDue", () => {
  it("counts studied cards per coming local day, overdue ones today, new ones never", () => {
    const now = new Date("2026-03-02T12:00:00Z");
    const cards = [
      { due: new Date("2026-02-20T12:00:00Z"), state: 2 }, // overdue → today
      { due: new Date("2026-03-02T18:00:00Z"), state: 1 },
      { due: new Date("2026-03-03T08:00:00Z"), state: 2 },
      { due: new Date("2026-03-04T08:00:00Z"), state: 3 },
      { due: new Date("2026-03-01T08:00:00Z"), state: 0 }, // new: not forecast
      { due: new Date("2026-06-01T08:00:00Z"), state: 2 }, // beyond the window
    ];
    const forecast = forecastDue(cards, now, 0, 30);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-03-02", count: 2 });
    expect(forecast.slice(1, 3).map((d) => d.count)).toEqual([1, 1]);
    expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(4);
  });
});
