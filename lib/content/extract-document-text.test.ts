import { describe, expect, it } from "vitest";
import { DocumentTextError, extractDocumentText, MAX_UPLOAD_BYTES, sniffDocumentKind } from "./extract-document-text";
import { makeDocx, makePdf } from "./make-test-files";

const enc = (s: string) => new TextEncoder().encode(s);

describe("extractDocumentText", () => {
  it("reads UTF-8 text and Markdown, whatever the file is called", async () => {
    expect(await extractDocumentText(enc("# Rivers\n\nThe Nile flows north."))).toEqual({ kind: "text", text: "# Rivers\n\nThe Nile flows north." });
    expect(await extractDocumentText(enc("\uFEFFCafé au lait."))).toMatchObject({ text: "Café au lait." });
  });

  it("reads UTF-16 with a byte-order mark", async () => {
    const body = Buffer.from("Ünïcode text.", "utf16le");
    expect(await extractDocumentText(new Uint8Array([0xff, 0xfe, ...body]))).toMatchObject({ kind: "text", text: "Ünïcode text." });
  });

  it("reads PDF text with pdfjs-dist", async () => {
    const pdf = makePdf(["The Nile flows north through Egypt.", "It is the longest river in Africa."]);
    const { kind, text } = await extractDocumentText(pdf);
    expect(kind).toBe("pdf");
    expect(text).toContain("The Nile flows north through Egypt.");
    expect(text).toContain("It is the longest river in Africa.");
  });

  it("reads Word documents with mammoth", async () => {
    const docx = await makeDocx(["Rivers", "The Nile flows north through Egypt."]);
    expect(sniffDocumentKind(docx)).toBe("docx");
    expect(await extractDocumentText(docx)).toEqual({ kind: "docx", text: "Rivers\n\nThe Nile flows north through Egypt." });
  });

  it.each([
    ["a PNG image", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "unsupported"],
    ["a ZIP that is not a Word document", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), "unsupported"],
    ["Latin-1 bytes", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]), "unsupported"],
    ["an empty file", new Uint8Array(), "empty"],
    ["blank text", enc("   \n\n "), "empty"],
    ["a broken PDF", enc("%PDF-1.4\nnot really"), "unreadable"],
    ["a file over the limit", new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), "too_large"],
  ])("refuses %s", async (_name, bytes, reason) => {
    await expect(extractDocumentText(bytes)).rejects.toMatchObject({ name: "DocumentTextError", reason });
    await expect(extractDocumentText(bytes)).rejects.toBeInstanceOf(DocumentTextError);
  });
});
