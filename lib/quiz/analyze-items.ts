import { isChoiceType } from "./quiz-question-types";

/**
 * Item analysis of one assignment (classical test theory, as in Moodle's quiz statistics, simplified).
 *
 * Input: one attempt per student — the graded one — each with every question of its layout (an unanswered
 * question has response null and is wrong). With random selection students see different questions, so every
 * figure of a question is computed over the students who were given it.
 * - facility: the share of those students who answered it correctly (0..1).
 * - discrimination index (Kelley): students are ranked by total score (percentage of their attempt; ties broken by
 *   user id, so the result is stable); the upper and lower groups are the top and bottom 27 % of the class,
 *   round(0.27 × N) students each. D = facility in the upper group − facility in the lower group (−1..1), over the
 *   group members who were given the question; null when the class is too small for a group (N < 2) or a group
 *   has nobody who was given it. The total includes the item itself (the classical index).
 * - options (choice questions): how many students picked each option, in the set's option order, and the share
 *   of the students who were given the question; a wrong option picked by under 5 % is flagged as a distractor that
 *   does not work. Responses that match no option (an option edited since) are counted under `other`.
 */
export const DISCRIMINATION_GROUP_SHARE = 0.27;
export const WEAK_DISTRACTOR_SHARE = 0.05;

export type ItemQuestion = { id: string; type: string; prompt: string; answer: string; options: readonly string[]; position: number };
export type ItemAttempt = {
  userId: string;
  score: number;
  maxScore: number;
  answers: readonly { questionId: string; response: string | null; correct: boolean }[];
};

export type OptionStat = { text: string; correct: boolean; count: number; share: number; flagged: boolean };
export type ItemStat = {
  questionId: string;
  position: number;
  type: string;
  prompt: string;
  answer: string;
  /** Students who were given the question. */
  attempts: number;
  correct: number;
  facility: number | null;
  discrimination: number | null;
  /** Choice questions only. */
  options: OptionStat[] | null;
  /** Given the question, no response saved. */
  unanswered: number;
  /** Choice questions: responses that match no current option. */
  other: number;
};
export type ItemAnalysis = { students: number; groupSize: number; items: ItemStat[] };

export function analyzeItems(questions: readonly ItemQuestion[], attempts: readonly ItemAttempt[]): ItemAnalysis {
  const n = attempts.length;
  const groupSize = Math.round(DISCRIMINATION_GROUP_SHARE * n);
  const ranked = [...attempts].sort((a, b) => {
    const diff = fraction(b) - fraction(a);
    if (Math.abs(diff) > 1e-12) return diff;
    return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
  });
  const upper = new Set(groupSize > 0 ? ranked.slice(0, groupSize).map((a) => a.userId) : []);
  const lower = new Set(groupSize > 0 ? ranked.slice(n - groupSize).map((a) => a.userId) : []);

  type Acc = {
    seen: number;
    correct: number;
    unanswered: number;
    other: number;
    upperSeen: number;
    upperCorrect: number;
    lowerSeen: number;
    lowerCorrect: number;
    counts: Map<string, number>;
  };
  const acc = new Map<string, Acc>();
  for (const q of questions) {
    acc.set(q.id, {
      seen: 0,
      correct: 0,
      unanswered: 0,
      other: 0,
      upperSeen: 0,
      upperCorrect: 0,
      lowerSeen: 0,
      lowerCorrect: 0,
      counts: new Map(),
    });
  }

  for (const attempt of attempts) {
    const isUpper = upper.has(attempt.userId);
    const isLower = lower.has(attempt.userId);
    for (const answer of attempt.answers) {
      const a = acc.get(answer.questionId);
      if (!a) continue;
      a.seen++;
      if (answer.correct) a.correct++;
      if (isUpper) {
        a.upperSeen++;
        if (answer.correct) a.upperCorrect++;
      }
      if (isLower) {
        a.lowerSeen++;
        if (answer.correct) a.lowerCorrect++;
      }
      if (answer.response === null || answer.response === "") a.unanswered++;
      else a.counts.set(answer.response, (a.counts.get(answer.response) ?? 0) + 1);
    }
  }

  const items = [...questions]
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((q): ItemStat => {
      const a = acc.get(q.id) as Acc;
      let options: OptionStat[] | null = null;
      let other = 0;
      if (isChoiceType(q.type)) {
        options = q.options.map((text) => {
          const count = a.counts.get(text) ?? 0;
          const share = a.seen > 0 ? count / a.seen : 0;
          const correct = text === q.answer;
          return { text, correct, count, share, flagged: a.seen > 0 && !correct && share < WEAK_DISTRACTOR_SHARE };
        });
        for (const [text, count] of a.counts) if (!q.options.includes(text)) other += count;
      }
      const discrimination =
        groupSize > 0 && a.upperSeen > 0 && a.lowerSeen > 0 ? a.upperCorrect / a.upperSeen - a.lowerCorrect / a.lowerSeen : null;
      return {
        questionId: q.id,
        position: q.position,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        attempts: a.seen,
        correct: a.correct,
        facility: a.seen > 0 ? a.correct / a.seen : null,
        discrimination,
        options,
        unanswered: a.unanswered,
        other,
      };
    });
  return { students: n, groupSize, items };
}

function fraction(a: ItemAttempt): number {
  return a.maxScore > 0 ? a.score / a.maxScore : 0;
}
