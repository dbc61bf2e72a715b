import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts an empty development environment (embedded SQLite, no OAuth)", () => {
    expect(parseEnv({ NODE_ENV: "development" })).toEqual({ NODE_ENV: "development" });
  });

  it("treats empty strings as unset and validates DATABASE_URL's scheme", () => {
    expect(parseEnv({ NODE_ENV: "test", DATABASE_URL: "", AUTH_GITHUB_ID: "" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "test", DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(() => parseEnv({ NODE_ENV: "test", DATABASE_URL: "mysql://h/db" })).toThrow(/DATABASE_URL/);
  });

  it("requires AUTH_SECRET in production, listing every problem at once", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_GOOGLE_ID: "id" })).toThrow(
      /AUTH_SECRET is required in production[\s\S]*AUTH_GOOGLE_ID/,
    );
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(40) }).AUTH_SECRET).toHaveLength(40);
  });

  it("wants OAuth ids and secrets in pairs", () => {
    expect(() => parseEnv({ NODE_ENV: "test", AUTH_GITHUB_SECRET: "x" })).toThrow(/AUTH_GITHUB_ID and AUTH_GITHUB_SECRET/);
    expect(parseEnv({ NODE_ENV: "test", AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b" })).toMatchObject({
      AUTH_GITHUB_ID: "a",
      AUTH_GITHUB_SECRET: "b",
    });
  });
});
