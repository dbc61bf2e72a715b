/**
 * Generates questions from documents and prints them.
 *
 *   npm run -s generate -- <file>... [--json] [--types cloze,typed] [--max 2]
 *
 * Files are plain text or Markdown, with optional front matter. All files given form one corpus (distractors are
 * drawn from all of them). Invalid input (a missing file, a directory, an empty or binary file) prints one line on
 * stderr and exits with status 1; wrong usage exits with status 2.
 */
import fs from "node:fs";
import path from "node:path";
import { parseDocument, type ParsedDocument } from "../lib/content/parse-document";
import { generateQuestions } from "../lib/generate/generate-questions";
import { QUESTION_TYPES, type GeneratedQuestion, type QuestionType } from "../lib/generate/types";

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const USAGE = "usage: npm run -s generate -- <file>... [--json] [--types flashcard,cloze,...] [--max N]";

class CliError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

interface Args {
  files: string[];
  json: boolean;
  types?: QuestionType[];
  max?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") args.json = true;
    else if (a === "--types") {
      const list = (argv[++i] ?? "").split(",").filter(Boolean);
      const bad = list.find((t) => !QUESTION_TYPES.includes(t as QuestionType));
      if (list.length === 0 || bad) throw new CliError(`unknown question type "${bad ?? ""}"; use ${QUESTION_TYPES.join(", ")}`, 2);
      args.types = list as QuestionType[];
    } else if (a === "--max") {
      const n = Number.parseInt(argv[++i] ?? "", 10);
      if (!(n >= 1)) throw new CliError("--max needs a positive number", 2);
      args.max = n;
    } else if (a === "--help" || a === "-h") {
      throw new CliError(USAGE, 2);
    } else if (a.startsWith("--")) {
      throw new CliError(`unknown option ${a}; ${USAGE}`, 2);
    } else args.files.push(a);
  }
  if (args.files.length === 0) throw new CliError(USAGE, 2);
  return args;
}

function describeFsError(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied`;
  if (code === "EISDIR") return `${file}: is a directory, not a file`;
  return `${file}: cannot be read (${code ?? "unknown error"})`;
}

function readTextFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new CliError(describeFsError(file, err));
  }
  if (stat.isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
  if (!stat.isFile()) throw new CliError(`${file}: is not a regular file`);
  if (stat.size > MAX_FILE_BYTES) throw new CliError(`${file}: is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new CliError(describeFsError(file, err));
  }
  if (bytes.length === 0) throw new CliError(`${file}: is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${file}: is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: is not UTF-8 text`);
  }
  // Many control characters mean a binary format that happens to decode.
  const controls = text.slice(0, 8192).match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 8) throw new CliError(`${file}: is a binary file, not text`);
  if (text.trim().length === 0) throw new CliError(`${file}: is empty`);
  return text;
}

function loadDocuments(files: string[]): ParsedDocument[] {
  const docs: ParsedDocument[] = [];
  const slugs = new Set<string>();
  for (const file of files) {
    const doc = parseDocument(readTextFile(file), path.basename(file));
    if (doc.body.trim().length === 0) throw new CliError(`${file}: has front matter but no text`);
    let slug = doc.slug;
    for (let n = 2; slugs.has(slug); n++) slug = `${doc.slug}-${n}`;
    slugs.add(slug);
    docs.push({ ...doc, slug });
  }
  return docs;
}

function printReadable(questions: GeneratedQuestion[], docs: ParsedDocument[]): void {
  const out: string[] = [];
  for (const doc of docs) {
    const own = questions.filter((q) => q.source.document === doc.slug);
    out.push(`# ${doc.title} (${doc.slug}): ${own.length} question${own.length === 1 ? "" : "s"}`, "");
    own.forEach((q, i) => {
      out.push(`${i + 1}. [${q.type}] difficulty ${q.difficulty.toFixed(2)}  ${q.id}`);
      out.push(`   Q: ${q.prompt}`);
      if (q.options.length > 0) out.push(`   Options: ${q.options.join(" | ")}`);
      out.push(`   A: ${q.answer}`);
      out.push(`   Source: ${q.source.section} [${q.source.start}-${q.source.end}]: “${q.source.sentence}”`);
      out.push("");
    });
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const docs = loadDocuments(args.files);
  const questions = generateQuestions(docs, { types: args.types, maxPerSentence: args.max });
  if (args.json) process.stdout.write(`${JSON.stringify(questions, null, 2)}\n`);
  else printReadable(questions, docs);
}

try {
  main();
} catch (err) {
  const message = err instanceof CliError ? err.message : `unexpected error: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`generate: ${message.split("\n")[0]}\n`);
  process.exitCode = err instanceof CliError ? err.status : 1;
}
