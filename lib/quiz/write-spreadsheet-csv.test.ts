import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvFileName, writeSpreadsheetCsv } from "./write-spreadsheet-csv";

describe("writeSpreadsheetCsv", () => {
  it("writes a BOM, quotes every field, uses CRLF, ISO dates, yes/no and empty cells", () => {
    const csv = writeSpreadsheetCsv(
      ["Name", "When", "Late", "Score", "Note"],
      [["Zoë \"Z\" Åberg, Jr.", new Date("2026-11-23T10:05:00.000Z"), true, 66.67, null]],
    );
    expect(csv).toBe(
      '\uFEFF"Name","When","Late","Score","Note"\r\n"Zoë ""Z"" Åberg, Jr.","2026-11-23T10:05:00.000Z","yes","66.67",""\r\n',
    );
  });

  it("neutralises formulas in text but leaves negative numbers alone", () => {
    const csv = writeSpreadsheetCsv(["a", "b", "c"], [["=HYPERLINK(\"x\")", -0.25, "@SUM(A1)"]]);
    expect(csv).toBe('\uFEFF"a","b","c"\r\n"\'=HYPERLINK(""x"")","-0.25","\'@SUM(A1)"\r\n');
  });

  it("round-trips through a CSV parser", () => {
    const csv = writeSpreadsheetCsv(["x", "y"], [["line\nbreak", "ü"], ["", 3]]);
    expect(parse(csv, { bom: true })).toEqual([
      ["x", "y"],
      ["line\nbreak", "ü"],
      ["", "3"],
    ]);
  });
});

describe("csvFileName", () => {
  it("slugs the name and dates it", () => {
    expect(csvFileName("Biology 101 — Gradebook", new Date("2026-11-23T10:00:00Z"))).toBe("biology-101-gradebook-2026-11-23.csv");
    expect(csvFileName("Ünïcödé", new Date("2026-11-23T10:00:00Z"))).toBe("unicode-2026-11-23.csv");
    expect(csvFileName("***", new Date("2026-11-23T10:00:00Z"))).toBe("export-2026-11-23.csv");
  });
});
