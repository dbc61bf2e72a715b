import { scorePercent } from "./grade-attempt";
import { writeSpreadsheetCsv, type CsvCell } from "./write-spreadsheet-csv";

/**
 * An assignment's results as CSV: one row per attempt (every attempt, with whether it counts for the grade), and
 * per question of the set (in set order, numbered Q1..Qn) the response and whether it was correct; both empty when
 * the attempt was not given that question.
 */
export type ResultsQuestion = { id: string };
export type ResultsAttempt = {
  student: { name: string | null; email: string };
  number: number;
  startedAt: Date;
  submittedAt: Date | null;
  autoSubmitted: boolean;
  late: boolean;
  counted: boolean;
  score: number | null;
  maxScore: number;
  answers: readonly { questionId: string; response: string | null; correct: boolean | null }[];
};

export function exportAssignmentResultsCsv(questions: readonly ResultsQuestion[], attempts: readonly ResultsAttempt[]): string {
  const header = [
    "Student",
    "Email",
    "Attempt",
    "Started at",
    "Submitted at",
    "Submitted automatically",
    "Late",
    "Counts for grade",
    "Score",
    "Out of",
    "Percent",
  ];
  questions.forEach((_, i) => header.push(`Q${i + 1} response`, `Q${i + 1} correct`));
  const rows = attempts.map((a) => {
    const cells: CsvCell[] = [
      a.student.name ?? "",
      a.student.email,
      a.number,
      a.startedAt,
      a.submittedAt,
      a.submittedAt === null ? null : a.autoSubmitted,
      a.late,
      a.counted,
      a.score,
      a.maxScore,
      a.score === null ? null : scorePercent(a.score, a.maxScore),
    ];
    const byQuestion = new Map(a.answers.map((x) => [x.questionId, x]));
    for (const q of questions) {
      const answer = byQuestion.get(q.id);
      cells.push(answer ? (answer.response ?? "") : null, answer ? answer.correct : null);
    }
    return cells;
  });
  return writeSpreadsheetCsv(header, rows);
}
