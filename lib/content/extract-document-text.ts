/**
 * Text of an uploaded document. The type is sniffed from the bytes, never taken from the file name:
 * `%PDF-` → PDF (pdfjs-dist legacy build, text of every page), a ZIP with `word/document.xml` → Word .docx (mammoth,
 * raw text, one paragraph per line pair), otherwise UTF-8 (or UTF-16 with a byte-order mark) text — plain or
 * Markdown. Anything else (images, other archives, binary data) is refused.
 */

import { MAX_DOCX_EXPANDED_BYTES, MAX_PDF_EXPANDED_BYTES, pdfExpandedSize, zipExpandedSize } from "./measure-expanded-size";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Extracted text beyond this is refused (as much as the largest plain-text upload). */
export const MAX_TEXT_CHARS = MAX_UPLOAD_BYTES;

export type DocumentKind = "pdf" | "docx" | "text";

export class DocumentTextError extends Error {
  constructor(
    readonly reason: "too_large" | "empty" | "unsupported" | "unreadable",
    message: string,
  ) {
    super(message);
    this.name = "DocumentTextError";
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function includesAscii(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "latin1");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** What the bytes are: "pdf", "docx", "text", or null for anything we do not read. */
export function sniffDocumentKind(bytes: Uint8Array): DocumentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return includesAscii(bytes, "word/document.xml") ? "docx" : null;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "text"; // UTF-16 with BOM
  // Any NUL, not only in the head: text with NULs is binary (and PostgreSQL cannot store NUL in text).
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const controls = text.slice(0, 8192).match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
    return controls > 8 ? null : "text";
  } catch {
    return null;
  }
}

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
}

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== "string") continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text.replace(/[ \t]+\n/g, "\n").trim());
      page.cleanup();
    }
    return pages.filter(Boolean).join("\n\n");
  } finally {
    await doc.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import("mammoth")).default;
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value.replace(/\n{3,}/g, "\n\n").trim();
}

export async function extractDocumentText(bytes: Uint8Array): Promise<{ kind: DocumentKind; text: string }> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new DocumentTextError("too_large", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  if (bytes.byteLength === 0) throw new DocumentTextError("empty", "The file is empty.");
  const kind = sniffDocumentKind(bytes);
  if (!kind) {
    throw new DocumentTextError("unsupported", "This file is not a text, Markdown, PDF or Word (.docx) document.");
  }
  // Decompression bombs (issue 6): measure the real expansion before a parser inflates everything.
  const label = kind === "pdf" ? "PDF" : kind === "docx" ? "Word document" : "file";
  let tooBig = false;
  try {
    if (kind === "docx") tooBig = zipExpandedSize(bytes, MAX_DOCX_EXPANDED_BYTES) > MAX_DOCX_EXPANDED_BYTES;
    if (kind === "pdf") tooBig = pdfExpandedSize(bytes, MAX_PDF_EXPANDED_BYTES) > MAX_PDF_EXPANDED_BYTES;
  } catch {
    throw new DocumentTextError("unreadable", `The ${label} could not be read.`);
  }
  if (tooBig) {
    throw new DocumentTextError("too_large", `The ${label} unpacks to too much content to read. Split it or upload a shorter document.`);
  }
  let text: string;
  try {
    text = kind === "pdf" ? await pdfText(bytes) : kind === "docx" ? await docxText(bytes) : decodeText(bytes);
  } catch {
    throw new DocumentTextError("unreadable", `The ${label} could not be read.`);
  }
  text = text.replaceAll("\u0000", ""); // UTF-16 text or a PDF font can still carry NULs, which PostgreSQL refuses
  if (text.length > MAX_TEXT_CHARS) {
    throw new DocumentTextError("too_large", `The ${label} has more than ${MAX_TEXT_CHARS / 1024 / 1024} million characters of text. Split it.`);
  }
  if (text.trim().length === 0) {
    throw new DocumentTextError(
      "empty",
      kind === "pdf" ? "The PDF has no text to read (scanned pages are not supported)." : "The document has no text.",
    );
  }
  return { kind, text };
}
