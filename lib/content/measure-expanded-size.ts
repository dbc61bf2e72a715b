/**
 * How far an uploaded container expands, measured before a parser sees it (issue 6: decompression bombs).
 *
 * A 483 KB .docx whose document.xml deflates 200 MB of text made mammoth take 12 s and 1.8 GB; a 360 KB PDF whose
 * content stream inflates to 106 MB kept pdfjs busy for 25 s on the server's only thread. Both parsers trust the
 * archive. So before parsing, the real expansion is measured by inflating with a budget: zlib stops (RangeError
 * ERR_BUFFER_TOO_LARGE) as soon as the output would pass it, so this costs at most `budget` bytes of memory and the
 * time to inflate them. Declared sizes are never trusted.
 */
import { constants, inflateRawSync, inflateSync } from "node:zlib";

/** Inflated bytes a .docx may hold in total (a 300-page text document is ~10 MB of XML). */
export const MAX_DOCX_EXPANDED_BYTES = 48 * 1024 * 1024;
/** Inflated bytes of a PDF's non-image streams (page content, fonts, object streams). */
export const MAX_PDF_EXPANDED_BYTES = 24 * 1024 * 1024;
/** Beyond this many entries or streams a file is refused outright. */
const MAX_PARTS = 20_000;

function isBudgetError(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: string } | null)?.code === "ERR_BUFFER_TOO_LARGE";
}

/**
 * Total uncompressed size of a ZIP's entries (stored or deflated), measured by inflating each with the remaining
 * budget; returns a number above `budget` as soon as it is exceeded. Throws on a file that is not a readable ZIP.
 */
export function zipExpandedSize(input: Uint8Array, budget: number): number {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  // End of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a ZIP file (no central directory)");
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (entries > MAX_PARTS) return budget + 1;
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error("corrupt ZIP central directory");
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    offset += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw new Error("corrupt ZIP entry");
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    // ZIP64 or sizes beyond the file: take what is there (the inflater finds the end of a deflate stream itself).
    const dataEnd = compressedSize === 0xffffffff ? bytes.length : Math.min(bytes.length, dataStart + compressedSize);
    const data = bytes.subarray(dataStart, dataEnd);
    if (method === 0) {
      total += data.length;
    } else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: budget - total + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
      } catch (error) {
        if (isBudgetError(error)) return budget + 1;
        throw new Error("corrupt ZIP entry data");
      }
    } else {
      throw new Error(`unsupported ZIP compression method ${method}`);
    }
    if (total > budget) return total;
  }
  return total;
}

/**
 * Total size of a PDF's streams other than images once decoded (Flate streams inflated with the remaining budget;
 * other filters counted as stored); returns a number above `budget` as soon as it is exceeded. A scan of the raw
 * bytes, so it also sees streams a broken cross-reference table hides.
 */
export function pdfExpandedSize(input: Uint8Array, budget: number): number {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let total = 0;
  let from = 0;
  for (let streams = 0; ; streams += 1) {
    if (streams > MAX_PARTS) return budget + 1;
    const keyword = bytes.indexOf("stream", from, "latin1");
    if (keyword < 0) return total;
    if (keyword >= 3 && bytes.toString("latin1", keyword - 3, keyword) === "end") {
      from = keyword + 6;
      continue;
    }
    let start = keyword + 6;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    const endKeyword = bytes.indexOf("endstream", start, "latin1");
    const end = endKeyword < 0 ? bytes.length : endKeyword;
    const header = bytes.toString("latin1", Math.max(0, keyword - 2048), keyword);
    const dictionary = header.slice(header.lastIndexOf(" obj") + 1);
    from = end + 9;
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    if (/\/(FlateDecode|Fl)\b/.test(dictionary)) {
      try {
        total += inflateSync(bytes.subarray(start, end), { maxOutputLength: budget - total + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
      } catch (error) {
        if (isBudgetError(error)) return budget + 1;
        total += end - start; // undecodable: pdfjs will not expand it either
      }
    } else {
      total += end - start;
    }
    if (total > budget) return total;
  }
}
