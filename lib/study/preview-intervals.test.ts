import { describe, expect, it } from "vitest";
import { applyRating } from "./apply-rating";
import { buildScheduler, defaultSchedulerSettings } from "./build-scheduler";
import { newCardState } from "./card-state";
import { formatInterval, previewIntervals } from "./preview-intervals";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const scheduler = buildScheduler(defaultSchedulerSettings);

describe("previewIntervals", () => {
  it("labels what each rating would do to a new card", () => {
    const preview = previewIntervals(scheduler, newCardState(t0), t0);
    expect(preview.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    expect(preview.map((p) => p.label).slice(0, 3)).toEqual(["1m", "6m", "10m"]);
    expect(preview[3]?.label).toMatch(/d$/);
  });

  it("agrees with applyRating and grows with the rating", () => {
    const card = applyRating(scheduler, applyRating(scheduler, newCardState(t0), 3, t0).card, 3, new Date(t0.getTime() + 600_000)).card;
    const preview = previewIntervals(scheduler, card, card.due);
    for (const p of preview) expect(p.due).toEqual(applyRating(scheduler, card, p.rating, card.due).card.due);
    const ms = preview.map((p) => p.intervalMs);
    expect(ms[0]).toBeLessThan(ms[1]!);
    expect(ms[1]).toBeLessThan(ms[2]!);
    expect(ms[2]).toBeLessThan(ms[3]!);
  });

  it("never shows more than the maximum interval", () => {
    const capped = buildScheduler({ ...defaultSchedulerSettings, maximumInterval: 2 });
    let card = applyRating(capped, newCardState(t0), 4, t0).card;
    card = applyRating(capped, card, 4, card.due).card;
    expect(card.scheduledDays).toBeLessThanOrEqual(2);
    for (const p of previewIntervals(capped, card, card.due)) expect(p.intervalMs).toBeLessThanOrEqual(2 * 86_400_000);
  });
});

describe("formatInterval", () => {
  it("formats minutes, hours, days, months and years", () => {
    expect(formatInterval(0)).toBe("1m");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(3 * 3_600_000)).toBe("3h");
    expect(formatInterval(4 * 86_400_000)).toBe("4d");
    expect(formatInterval(60 * 86_400_000)).toBe("2mo");
    expect(formatInterval(548 * 86_400_000)).toBe("1.5y");
  });
});
