import { stringify } from "csv-stringify/sync";

/**
 * CSV that opens cleanly in a spreadsheet: UTF-8 byte order mark (Excel reads the file as UTF-8), every field
 * quoted, CRLF line ends, dates as ISO 8601 (UTC), booleans as yes/no, and text starting with = + - @ prefixed with
 * an apostrophe so that a student's name cannot run as a formula (numbers are left alone).
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

export function writeSpreadsheetCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(String), ...rows.map((row) => row.map(formatCell))], {
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}

function formatCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value;
}

/** A file name safe for Content-Disposition: letters, digits, dashes; never empty. */
export function csvFileName(base: string, now: Date): string {
  const slug = base
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "export"}-${now.toISOString().slice(0, 10)}.csv`;
}
