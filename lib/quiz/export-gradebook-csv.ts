import type { Gradebook, GradebookCell } from "./build-gradebook";
import { writeSpreadsheetCsv, type CsvCell } from "./write-spreadsheet-csv";

/**
 * The gradebook as CSV: one row per student; per assignment its score, maximum, percentage, attempts, status and
 * when the graded attempt was submitted; then the student's average percentage.
 */
export function exportGradebookCsv(gradebook: Gradebook): string {
  const header = ["Student", "Email"];
  for (const { assignment } of gradebook.columns) {
    const t = assignment.title;
    header.push(`${t}: score`, `${t}: out of`, `${t}: percent`, `${t}: attempts`, `${t}: status`, `${t}: submitted at`);
  }
  header.push("Average percent");
  const rows = gradebook.rows.map((row) => {
    const cells: CsvCell[] = [row.student.name ?? "", row.student.email];
    for (const cell of row.cells) {
      cells.push(cell.score, cell.maxScore, cell.percent, cell.attempts, cellStatusText(cell), cell.submittedAt);
    }
    cells.push(row.averagePercent);
    return cells;
  });
  return writeSpreadsheetCsv(header, rows);
}

export function cellStatusText(cell: GradebookCell): string {
  if (cell.status === "submitted") return cell.late ? "submitted late" : "submitted";
  if (cell.status === "in_progress") return "in progress";
  return cell.missing ? "missing" : "not started";
}
