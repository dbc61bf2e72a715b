/**
 * Hostile uploads and imports through the domain functions the instructor pages call (issue 6), on the real
 * database (SQLite and PostgreSQL): the type comes from the bytes, never the name; every refusal is a clear 4xx
 * AppError with a field message; nothing is stored for a refused file; text that reaches the database is storable
 * on PostgreSQL (no NUL characters).
 */
import { deflateRawSync } from "node:zlib";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/content/extract-document-text";
import { makeDocx } from "@/lib/content/make-test-files";
import type { SessionUser } from "@/server/auth/session-user";
import { importQuestionSetCsv } from "@/server/content/import-question-set-csv";
import { uploadDocument } from "@/server/content/upload-document";
import { db } from "@/server/db/client";

let instructor: SessionUser;
let student: SessionUser;
const now = new Date("2026-11-23T09:00:00Z");
const text = (s: string) => new TextEncoder().encode(s);
const prose =
  "The Nile is the longest river in Africa. It flows north through Egypt into the Mediterranean Sea. The Aswan High Dam was completed in 1970.";

beforeAll(async () => {
  const tag = randomUUID().slice(0, 8);
  const select = { id: true, email: true, name: true, role: true } as const;
  instructor = await db.user.create({ data: { email: `up-i-${tag}@hostile.test`, name: "Uploader", role: "instructor" }, select });
  student = await db.user.create({ data: { email: `up-s-${tag}@hostile.test`, name: "Student", role: "student" }, select });
});

afterAll(async () => {
  await db.$disconnect();
});

async function refusal(bytes: Uint8Array<ArrayBuffer>, fileName = "notes.txt") {
  const documentsBefore = await db.document.count({ where: { uploadedById: instructor.id } });
  const error = await uploadDocument(instructor, { fileName, bytes, newCourseTitle: `Hostile ${randomUUID().slice(0, 6)}` }, now).then(
    () => null,
    (caught: unknown) => caught as { code?: string; status?: number; message?: string; fieldErrors?: Record<string, string[]> },
  );
  expect(error, "the upload should have been refused").not.toBeNull();
  expect(await db.document.count({ where: { uploadedById: instructor.id } })).toBe(documentsBefore);
  return error!;
}

describe("uploads", () => {
  it("refuses binary data named .txt (415, with the reason on the file field)", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (const [name, bytes] of [
      ["notes.txt", png],
      ["notes.md", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
      ["notes.txt", new Uint8Array([...text("word ".repeat(2000)), 0, 0, 0])],
    ] as const) {
      const error = await refusal(bytes, name);
      expect(error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", status: 415 });
      expect(error.fieldErrors?.file?.[0]).toBe("This file is not a text, Markdown, PDF or Word (.docx) document.");
    }
  });

  it("refuses an empty file (400) and an oversize one (413) with a message", async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({ code: "INVALID_INPUT", status: 400 });
    expect(await refusal(text("   \n\t  "))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["The document has no text."] } });
    const oversize = await refusal(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61));
    expect(oversize).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    expect(oversize.message).toMatch(/larger than 5 MB/);
  });

  it("refuses a Word-document decompression bomb named .txt (413), quickly", async () => {
    const xml = Buffer.concat([Buffer.from("<w:document><w:body><w:p><w:r><w:t>"), Buffer.alloc(64 * 1024 * 1024, "a"), Buffer.from("</w:t></w:r></w:p></w:body></w:document>")]);
    const data = deflateRawSync(xml, { level: 9 });
    const name = Buffer.from("word/document.xml");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(xml.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(xml.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + data.length, 16);
    const bomb = new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
    const started = performance.now();
    expect(await refusal(bomb)).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("takes the type from the bytes: a Word document named .txt is read as Word, text named .pdf as text", async () => {
    const docx = await makeDocx(["Rivers", prose]);
    const asTxt = await uploadDocument(instructor, { fileName: "rivers.txt", bytes: new Uint8Array(docx), newCourseTitle: "Sniffed docx" }, now);
    const asPdf = await uploadDocument(instructor, { fileName: "rivers.pdf", bytes: text(`# Rivers\n\n${prose}`), newCourseTitle: "Sniffed text" }, now);
    for (const result of [asTxt, asPdf]) {
      const set = await db.questionSet.findUniqueOrThrow({ where: { id: result.setId }, include: { document: true } });
      expect(set.ownerId).toBe(instructor.id);
      expect(set.status).toBe("draft");
      expect(set.document?.body).toContain("The Nile is the longest river in Africa.");
    }
  });

  it("keeps a hostile file name harmless (slug without path parts, name stored as text)", async () => {
    const fileName = "../../etc/passwd<script>alert(1)</script>.txt";
    const result = await uploadDocument(instructor, { fileName, bytes: text(prose), newCourseTitle: "Hostile names" }, now);
    expect(result.documentSlug).toMatch(/^[\p{L}\p{N}-]+$/u);
    const document = await db.document.findFirstOrThrow({ where: { slug: result.documentSlug, course: { slug: result.courseSlug } } });
    expect(document.sourceName).toBe(fileName);
  });

  it("refuses students (403) before reading anything", async () => {
    const error = await uploadDocument(student, { fileName: "x.txt", bytes: text(prose), newCourseTitle: "Nope" }, now).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
  });
});

describe("CSV import", () => {
  it("stores imported text on any database (NUL dropped) and refuses junk with line messages", async () => {
    const upload = await uploadDocument(instructor, { fileName: "base.txt", bytes: text(prose), newCourseTitle: "CSV target" }, now);
    const imported = await importQuestionSetCsv(instructor, {
      setId: upload.setId,
      csv: "type,prompt,answer\nflashcard,Nu\u0000ll front,Ba\u0000ck\ntyped,'=1+1,'-2\n",
    });
    expect(imported).toEqual({ created: 2, updated: 0 });
    const stored = await db.question.findMany({ where: { questionSetId: upload.setId, origin: "imported" }, orderBy: { position: "asc" } });
    expect(stored.map((q) => [q.prompt, q.answer])).toEqual([
      ["Null front", "Back"],
      ["=1+1", "-2"],
    ]);
    await expect(importQuestionSetCsv(instructor, { setId: upload.setId, csv: "\u0000\u0001\u0002binary" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Over 2 MB: the input schema refuses it (runAction answers INVALID_INPUT with the schema's message).
    await expect(importQuestionSetCsv(instructor, { setId: upload.setId, csv: "x".repeat(3 * 1024 * 1024) })).rejects.toMatchObject({
      name: "ZodError",
      issues: [expect.objectContaining({ message: "The CSV file is larger than 2 MB." })],
    });
    // Another instructor's set is refused like a set that does not exist.
    await expect(importQuestionSetCsv(student, { setId: upload.setId, csv: "type,prompt,answer\nflashcard,a,b\n" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
