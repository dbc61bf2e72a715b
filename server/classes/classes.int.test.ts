import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { makeUser } from "@/server/quiz/quiz-fixtures.int-helpers";
import { createClass } from "./create-class";
import { getMyClass } from "./get-my-class";
import { getTaughtClass } from "./get-taught-class";
import { joinClass } from "./join-class";
import { listMyClasses } from "./list-my-classes";
import { listRoster } from "./list-roster";
import { listTaughtClasses } from "./list-taught-classes";
import { removeStudent } from "./remove-student";

const NOW = new Date("2026-12-01T10:00:00Z");

describe("classes", () => {
  let teacher: SessionUser;
  let otherTeacher: SessionUser;
  let ann: SessionUser;
  let ben: SessionUser;

  beforeAll(async () => {
    [teacher, otherTeacher, ann, ben] = await Promise.all([
      makeUser("instructor"),
      makeUser("instructor"),
      makeUser("student", "Ann Example"),
      makeUser("student", "Ben Example"),
    ]);
  });

  it("creates a class with a readable 6-character join code; students cannot create classes", async () => {
    const cls = await createClass(teacher, { name: "  Biology 101 " });
    expect(cls.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTWXYZ2-9]{6}$/);
    const stored = await db.class.findUniqueOrThrow({ where: { id: cls.id } });
    expect(stored).toMatchObject({ name: "Biology 101", instructorId: teacher.id, joinCode: cls.joinCode });
    await expect(createClass(ann, { name: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createClass(teacher, { name: "" })).rejects.toThrow();
  });

  it("retries another code when the drawn one is taken", async () => {
    // First class gets AAAAAA; the second draws AAAAAA again, then BBBBBB.
    const fixed = (letters: number[]) => {
      let i = 0;
      return () => letters[Math.floor(i++ / 6)] ?? 0;
    };
    const takenCode = "AAAAAA";
    await db.class.deleteMany({ where: { joinCode: { in: ["AAAAAA", "BBBBBB"] } } });
    const first = await createClass(teacher, { name: "First" }, fixed([0]));
    expect(first.joinCode).toBe(takenCode);
    const second = await createClass(otherTeacher, { name: "Second" }, fixed([0, 1]));
    expect(second.joinCode).toBe("BBBBBB");
    await expect(createClass(teacher, { name: "Third" }, () => 0)).rejects.toMatchObject({ code: "CONFLICT" });
    await db.class.deleteMany({ where: { id: { in: [first.id, second.id] } } });
  });

  it("students join with the code in any case, once; unknown codes and the class's own instructor are refused", async () => {
    const cls = await createClass(teacher, { name: "Chemistry" });
    const typed = `${cls.joinCode.slice(0, 3).toLowerCase()}-${cls.joinCode.slice(3)}`;
    expect(await joinClass(ann, { code: typed }, NOW)).toEqual({ classId: cls.id, alreadyJoined: false });
    expect(await joinClass(ann, { code: cls.joinCode }, NOW)).toEqual({ classId: cls.id, alreadyJoined: true });
    expect(await db.enrollment.count({ where: { classId: cls.id } })).toBe(1);
    await expect(joinClass(ann, { code: "ZZZZZZ" }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(joinClass(ann, { code: "nope" }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(joinClass(teacher, { code: cls.joinCode }, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a student sees only the classes they are in; an instructor only the classes they teach", async () => {
    const mine = await createClass(teacher, { name: "Physics" });
    const theirs = await createClass(otherTeacher, { name: "History" });
    await joinClass(ben, { code: mine.joinCode }, NOW);
    expect((await listMyClasses(ben)).map((c) => c.id)).toContain(mine.id);
    expect((await listMyClasses(ben)).map((c) => c.id)).not.toContain(theirs.id);
    await expect(getMyClass(ben, theirs.id, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listTaughtClasses(teacher)).map((c) => c.id)).not.toContain(theirs.id);
    await expect(getTaughtClass(teacher, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listRoster(teacher, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getTaughtClass(teacher, "")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("roster and removal: a removed student keeps their row, loses access and cannot rejoin", async () => {
    const cls = await createClass(teacher, { name: "Geology" });
    await joinClass(ann, { code: cls.joinCode }, NOW);
    await joinClass(ben, { code: cls.joinCode }, NOW);
    expect((await listRoster(teacher, cls.id)).students.map((s) => s.user.name)).toEqual(["Ann Example", "Ben Example"]);
    await expect(removeStudent(otherTeacher, { classId: cls.id, userId: ben.id }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeStudent(ann, { classId: cls.id, userId: ben.id }, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await removeStudent(teacher, { classId: cls.id, userId: ben.id }, NOW)).toEqual({ removed: true });
    expect(await removeStudent(teacher, { classId: cls.id, userId: ben.id }, NOW)).toEqual({ removed: false });
    const roster = await listRoster(teacher, cls.id);
    expect(roster.students.map((s) => s.user.id)).toEqual([ann.id]);
    expect(roster.removed.map((s) => s.user.id)).toEqual([ben.id]);
    await expect(getMyClass(ben, cls.id, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listMyClasses(ben)).map((c) => c.id)).not.toContain(cls.id);
    await expect(joinClass(ben, { code: cls.joinCode }, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeStudent(teacher, { classId: cls.id, userId: "nobody" }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
