/** Small display helpers shared by the quiz pages (no React). */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "No time limit";
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m < 60) return s ? `${m} min ${s} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0$/, "")} %`;
}

export function formatShare(value: number | null): string {
  return value === null ? "—" : `${Math.round(value * 1000) / 10} %`;
}

export function formatIndex(value: number | null): string {
  return value === null ? "—" : (Math.round(value * 100) / 100).toFixed(2);
}

export const gradingLabels = { best: "Best attempt counts", last: "Last attempt counts" } as const;
export const visibilityLabels = {
  never: "Answers are never shown",
  after_submit: "Answers are shown after you submit",
  after_due: "Answers are shown after the due date",
} as const;
