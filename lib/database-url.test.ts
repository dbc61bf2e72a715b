import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseProviderOf, databaseUrlSchema, redactUrl, sqliteFilePath } from "./database-url";

describe("databaseProviderOf", () => {
  it("treats no URL and file: URLs as SQLite", () => {
    expect(databaseProviderOf(undefined)).toBe("sqlite");
    expect(databaseProviderOf("")).toBe("sqlite");
    expect(databaseProviderOf("file:./data/x.db")).toBe("sqlite");
  });
  it("accepts both PostgreSQL schemes", () => {
    expect(databaseProviderOf("postgresql://u@h:5432/db")).toBe("postgresql");
    expect(databaseProviderOf("postgres://u@h/db")).toBe("postgresql");
  });
  it("rejects other schemes without echoing the password", () => {
    expect(() => databaseProviderOf("mysql://u:secret@h/db")).toThrow(/mysql:\/\/u:\*\*\*@h\/db/);
  });
});

describe("sqliteFilePath", () => {
  it("resolves relative paths against the working directory and drops the query", () => {
    expect(sqliteFilePath("file:./data/q.db?connection_limit=1", "/srv/app")).toBe(path.resolve("/srv/app/data/q.db"));
    expect(sqliteFilePath("file:q.db", "/srv/app")).toBe(path.resolve("/srv/app/q.db"));
  });
  it("keeps absolute paths, file:/// URLs and :memory:", () => {
    expect(sqliteFilePath("file:/var/lib/q.db", "/srv")).toBe("/var/lib/q.db");
    expect(sqliteFilePath("file:///var/lib/my%20q.db", "/srv")).toBe("/var/lib/my q.db");
    expect(sqliteFilePath("file::memory:", "/srv")).toBe(":memory:");
  });
  it("refuses PostgreSQL URLs", () => {
    expect(() => sqliteFilePath("postgresql://h/db")).toThrow(/Not an SQLite URL/);
  });
});

describe("databaseUrlSchema", () => {
  it("validates the scheme", () => {
    expect(databaseUrlSchema.safeParse("file:./x.db").success).toBe(true);
    expect(databaseUrlSchema.safeParse("postgres://h/db").success).toBe(true);
    expect(databaseUrlSchema.safeParse("http://h").success).toBe(false);
  });
});

describe("redactUrl", () => {
  it("hides the password only", () => {
    expect(redactUrl("postgresql://user:pw@host:5432/db")).toBe("postgresql://user:***@host:5432/db");
    expect(redactUrl("postgresql://user@host/db")).toBe("postgresql://user@host/db");
  });
});
