/**
 * Hostile uploads (issue 6), beside the behaviour tests in extract-document-text.test.ts: decompression bombs, lying
 * archives, binary data dressed as text, and arbitrary bytes. Every case ends in a DocumentTextError with a clear
 * reason, quickly, or in bounded text — never another exception, a hang or gigabytes of memory.
 */
import { deflateRawSync, deflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentTextError, extractDocumentText, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, sniffDocumentKind } from "./extract-document-text";
import { makeDocx } from "./make-test-files";
import { MAX_DOCX_EXPANDED_BYTES, MAX_PDF_EXPANDED_BYTES, pdfExpandedSize, zipExpandedSize } from "./measure-expanded-size";

/** A ZIP written by hand, so tests can state sizes that lie. */
function makeZip(entries: { name: string; content: Buffer; declaredSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = deflateRawSync(entry.content, { level: 9 });
    const size = entry.declaredSize ?? entry.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function wordXml(body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'),
    body,
    Buffer.from("</w:t></w:r></w:p></w:body></w:document>"),
  ]);
}

/** A one-page PDF whose content stream is `content`, Flate-compressed. */
function makeFlatePdf(content: Buffer): Uint8Array {
  const stream = deflateSync(content, { level: 9 });
  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from("\nendstream")]),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), object, Buffer.from("\nendobj\n")]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

async function expectRefusal(bytes: Uint8Array, reason: DocumentTextError["reason"], withinMs: number) {
  const started = performance.now();
  const error = await extractDocumentText(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentTextError);
  expect((error as DocumentTextError).reason).toBe(reason);
  expect(performance.now() - started).toBeLessThan(withinMs);
  return error as DocumentTextError;
}

describe("decompression bombs", () => {
  it("refuses a .docx whose document.xml inflates past the budget, in well under a second of parsing", async () => {
    const bomb = makeZip([
      { name: "[Content_Types].xml", content: Buffer.from("<Types/>") },
      { name: "word/document.xml", content: wordXml(Buffer.alloc(MAX_DOCX_EXPANDED_BYTES + 1024 * 1024, "a")) },
    ]);
    expect(bomb.byteLength).toBeLessThan(MAX_UPLOAD_BYTES / 10);
    const error = await expectRefusal(bomb, "too_large", 3000);
    expect(error.message).toBe("The Word document unpacks to too much content to read. Split it or upload a shorter document.");
  });

  it("is not fooled by a central directory that understates the sizes", async () => {
    const liar = makeZip([{ name: "word/document.xml", content: wordXml(Buffer.alloc(MAX_DOCX_EXPANDED_BYTES * 2, "b")), declaredSize: 1000 }]);
    expect(zipExpandedSize(liar, MAX_DOCX_EXPANDED_BYTES)).toBeGreaterThan(MAX_DOCX_EXPANDED_BYTES);
    await expectRefusal(liar, "too_large", 3000);
  });

  it("refuses a PDF whose content stream inflates past the budget (it kept pdfjs busy for 25 s before)", async () => {
    const operators = Buffer.from("(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) Tj ".repeat(Math.ceil((MAX_PDF_EXPANDED_BYTES * 1.5) / 54)));
    const bomb = makeFlatePdf(Buffer.concat([Buffer.from("BT /F1 12 Tf 72 720 Td "), operators, Buffer.from(" ET")]));
    expect(bomb.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(pdfExpandedSize(bomb, MAX_PDF_EXPANDED_BYTES)).toBeGreaterThan(MAX_PDF_EXPANDED_BYTES);
    await expectRefusal(bomb, "too_large", 3000);
  });

  it("still reads ordinary documents (the budgets leave room)", async () => {
    const docx = await makeDocx(["Rivers", "The Nile flows north through Egypt.".repeat(2000)]);
    expect(zipExpandedSize(docx, MAX_DOCX_EXPANDED_BYTES)).toBeLessThan(MAX_DOCX_EXPANDED_BYTES);
    expect((await extractDocumentText(docx)).kind).toBe("docx");
    const pdf = makeFlatePdf(Buffer.from("BT /F1 12 Tf 72 720 Td (The Nile flows north.) Tj ET"));
    expect(await extractDocumentText(pdf)).toEqual({ kind: "pdf", text: "The Nile flows north." });
  });
});

describe("binary data dressed as text", () => {
  it.each([
    ["an ELF executable", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0])],
    ["a JPEG image", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])],
    ["a gzip file", deflateSync(Buffer.from("hello"))],
    ["text with a NUL byte after the first 8 KiB", Buffer.concat([Buffer.alloc(9000, "word "), Buffer.alloc(1000, 0)])],
    ["mostly control characters", Buffer.alloc(2000, 0x01)],
  ])("refuses %s whatever the file is called", async (_name, bytes) => {
    expect(sniffDocumentKind(new Uint8Array(bytes))).toBeNull();
    await expectRefusal(new Uint8Array(bytes), "unsupported", 1000);
  });

  it("never returns NUL characters (PostgreSQL cannot store them), even from UTF-16 text", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Rivers\u0000 flow north.", "utf16le")]);
    expect(await extractDocumentText(new Uint8Array(utf16))).toEqual({ kind: "text", text: "Rivers flow north." });
  });

  it("refuses a truncated Word document or PDF as unreadable, not with a crash", async () => {
    const docx = await makeDocx(["Some text."]);
    await expectRefusal(new Uint8Array(docx.subarray(0, Math.floor(docx.length / 2))), "unreadable", 2000);
    const pdf = makeFlatePdf(Buffer.from("BT (x) Tj ET"));
    const truncated = pdf.subarray(0, 40);
    const error = await extractDocumentText(truncated).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentTextError);
  });
});

describe("arbitrary bytes (property)", () => {
  const prefixes = fc.constantFrom<number[]>([], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x50, 0x4b, 0x03, 0x04], [0xff, 0xfe], [0xef, 0xbb, 0xbf]);

  it("end in bounded text or a DocumentTextError, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(prefixes, fc.uint8Array({ maxLength: 4096 }), async (prefix, body) => {
        const bytes = new Uint8Array([...prefix, ...body]);
        try {
          const { text } = await extractDocumentText(bytes);
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
          expect(text).not.toContain("\u0000");
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentTextError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
