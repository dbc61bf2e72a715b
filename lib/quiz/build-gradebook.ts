import { isLateSubmission, isTimeUp } from "./check-attempt-timing";
import { scorePercent } from "./grade-attempt";
import { pickGradedAttempt } from "./pick-graded-attempt";

/**
 * The gradebook matrix: one row per student, one cell per assignment.
 * A cell's status: not_started (no attempt), in_progress (an attempt open, none submitted), submitted (a graded
 * attempt exists; its score is the best or the last per the assignment's policy). An attempt whose time is up but
 * that the server has not submitted yet reads as in_progress: the server submits expired attempts before building it. `late`: the graded attempt was
 * submitted after the due date. `missing`: the due date has passed (and no attempt can still be open) without a
 * submitted attempt. Averages ignore cells without a score.
 */
export type GradebookStudent = { userId: string; name: string | null; email: string };
export type GradebookAssignment = {
  id: string;
  title: string;
  dueAt: Date;
  timeLimitSeconds: number | null;
  grading: "best" | "last";
};
export type GradebookAttempt = {
  assignmentId: string;
  userId: string;
  number: number;
  score: number | null;
  maxScore: number;
  /** Optional: callers that submitted expired attempts just before may leave it out (every unsubmitted attempt is
   *  then in progress). */
  deadlineAt?: Date | null;
  submittedAt: Date | null;
};

export type CellStatus = "not_started" | "in_progress" | "submitted";
export type GradebookCell = {
  assignmentId: string;
  status: CellStatus;
  attempts: number;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  late: boolean;
  missing: boolean;
  gradedAttemptNumber: number | null;
  submittedAt: Date | null;
};
export type GradebookRow = { student: GradebookStudent; cells: GradebookCell[]; averagePercent: number | null };
export type GradebookColumn = {
  assignment: GradebookAssignment;
  submitted: number;
  notStarted: number;
  late: number;
  averagePercent: number | null;
};
export type Gradebook = { columns: GradebookColumn[]; rows: GradebookRow[] };

export function buildGradebook(
  students: readonly GradebookStudent[],
  assignments: readonly GradebookAssignment[],
  attempts: readonly GradebookAttempt[],
  now: Date,
): Gradebook {
  const byCell = new Map<string, GradebookAttempt[]>();
  for (const a of attempts) {
    const key = `${a.userId}\u0000${a.assignmentId}`;
    const list = byCell.get(key);
    if (list) list.push(a);
    else byCell.set(key, [a]);
  }
  const columnSums = assignments.map(() => ({ sum: 0, count: 0, submitted: 0, notStarted: 0, late: 0 }));

  const rows = students.map((student): GradebookRow => {
    let sum = 0;
    let count = 0;
    const cells = assignments.map((assignment, index): GradebookCell => {
      const list = byCell.get(`${student.userId}\u0000${assignment.id}`) ?? [];
      const graded = pickGradedAttempt(list, assignment.grading);
      const open = list.some((a) => a.submittedAt === null && !isTimeUp({ deadlineAt: a.deadlineAt ?? null, submittedAt: null }, now));
      const status: CellStatus = graded ? "submitted" : list.length === 0 ? "not_started" : "in_progress";
      const percent = graded ? scorePercent(graded.score ?? 0, graded.maxScore) : null;
      const late = graded ? isLateSubmission(graded.submittedAt, assignment.dueAt) : false;
      const closedAt = assignment.dueAt.getTime() + (assignment.timeLimitSeconds ?? 0) * 1000;
      const missing = graded === null && !open && now.getTime() >= closedAt;
      const column = columnSums[index] as (typeof columnSums)[number];
      if (percent !== null) {
        sum += percent;
        count++;
        column.sum += percent;
        column.count++;
        column.submitted++;
      }
      if (list.length === 0) column.notStarted++;
      if (late) column.late++;
      return {
        assignmentId: assignment.id,
        status,
        attempts: list.length,
        score: graded ? graded.score : null,
        maxScore: graded ? graded.maxScore : null,
        percent,
        late,
        missing,
        gradedAttemptNumber: graded ? graded.number : null,
        submittedAt: graded ? graded.submittedAt : null,
      };
    });
    return { student, cells, averagePercent: count > 0 ? round2(sum / count) : null };
  });

  const columns = assignments.map((assignment, index): GradebookColumn => {
    const c = columnSums[index] as (typeof columnSums)[number];
    return {
      assignment,
      submitted: c.submitted,
      notStarted: c.notStarted,
      late: c.late,
      averagePercent: c.count > 0 ? round2(c.sum / c.count) : null,
    };
  });
  return { columns, rows };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
