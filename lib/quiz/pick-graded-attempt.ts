/**
 * The attempt that counts for the grade. Only submitted attempts with a score count.
 * - best: the highest percentage; on a tie the earlier attempt (it was reached first).
 * - last: the most recently submitted (the highest attempt number).
 */
export type ScoredAttempt = { number: number; score: number | null; maxScore: number; submittedAt: Date | null };

export function pickGradedAttempt<A extends ScoredAttempt>(attempts: readonly A[], policy: "best" | "last"): A | null {
  let chosen: A | null = null;
  for (const a of attempts) {
    if (a.submittedAt === null || a.score === null) continue;
    if (chosen === null) {
      chosen = a;
      continue;
    }
    if (policy === "last") {
      if (a.number > chosen.number) chosen = a;
    } else {
      const diff = fraction(a) - fraction(chosen);
      if (diff > 1e-12 || (Math.abs(diff) <= 1e-12 && a.number < chosen.number)) chosen = a;
    }
  }
  return chosen;
}

function fraction(a: ScoredAttempt): number {
  return a.maxScore > 0 ? (a.score ?? 0) / a.maxScore : 0;
}
