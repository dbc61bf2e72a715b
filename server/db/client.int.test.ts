import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseProvider, db } from "./client";

const testDatabase = inject("testDatabase");
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

afterAll(async () => {
  await db.$disconnect();
});

describe("db (server/db/client.ts)", () => {
  it("talks to the database the run set up", () => {
    expect(databaseProvider()).toBe(testDatabase.provider);
    expect(process.env.DATABASE_URL).toBe(testDatabase.url);
  });

  it("round-trips rows with enums, JSON and dates, and cascades a user's deletion to their cards", async () => {
    const tag = unique();
    const user = await db.user.create({ data: { email: `student-${tag}@example.test`, name: "Ada", role: "student" } });
    const course = await db.course.create({ data: { slug: `course-${tag}`, title: "Biology" } });
    const set = await db.questionSet.create({ data: { courseId: course.id, title: "Cells", status: "published" } });
    const question = await db.question.create({
      data: {
        questionSetId: set.id,
        contentId: `c-${tag}`,
        type: "multiple_choice",
        prompt: "Which organelle makes ATP?",
        answer: "Mitochondrion",
        options: ["Mitochondrion", "Ribosome", "Nucleus"],
      },
    });
    const due = new Date("2030-01-02T03:04:05.678Z");
    await db.card.create({ data: { userId: user.id, questionId: question.id, due } });

    const read = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { cards: { include: { question: true } } },
    });
    expect(read.role).toBe("student");
    expect(read.cards).toHaveLength(1);
    expect(read.cards[0]?.due.toISOString()).toBe(due.toISOString());
    expect(read.cards[0]?.question.options).toEqual(["Mitochondrion", "Ribosome", "Nucleus"]);
    expect(read.cards[0]?.question.type).toBe("multiple_choice");

    await db.user.delete({ where: { id: user.id } });
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
    // The question is not the user's: it stays.
    expect(await db.question.count({ where: { id: question.id } })).toBe(1);
    await db.course.delete({ where: { id: course.id } });
    expect(await db.question.count({ where: { id: question.id } })).toBe(0);
  });

  it("rolls back an interactive transaction that throws", async () => {
    const email = `rollback-${unique()}@example.test`;
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { email } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("enforces unique constraints as P2002", async () => {
    const email = `dup-${unique()}@example.test`;
    await db.user.create({ data: { email } });
    await expect(db.user.create({ data: { email } })).rejects.toMatchObject({ code: "P2002" });
    await db.user.delete({ where: { email } });
  });

  it.skipIf(testDatabase.provider !== "sqlite")(
    "configures SQLite connections: WAL, busy timeout, synchronous=NORMAL, foreign keys",
    async () => {
      const pragma = async (name: string) => {
        const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
        return String(Object.values(rows[0] ?? {})[0]);
      };
      expect(await pragma("journal_mode")).toBe("wal");
      expect(await pragma("busy_timeout")).toBe("5000");
      expect(await pragma("synchronous")).toBe("1"); // NORMAL
      expect(await pragma("foreign_keys")).toBe("1");
    },
  );
});
