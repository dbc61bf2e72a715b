import "server-only";
import type { ParsedDocument } from "@/lib/content/parse-document";
import type { TransactionClient } from "@/server/db/client";
import type { SectionRef } from "./save-generated-questions";

/**
 * Makes a document's Section rows match the parsed sections, keyed by position (ids of unchanged positions stay, so
 * questions keep pointing at them); extra old sections are deleted (their questions' sourceSectionId becomes null
 * until the questions are saved again).
 */
export async function saveDocumentSections(
  tx: TransactionClient,
  documentId: string,
  sections: ParsedDocument["sections"],
): Promise<SectionRef[]> {
  const existing = await tx.section.findMany({ where: { documentId }, select: { id: true, position: true, heading: true, start: true, end: true } });
  const byPosition = new Map(existing.map((s) => [s.position, s]));
  const refs: SectionRef[] = [];
  for (const s of sections) {
    const old = byPosition.get(s.position);
    if (!old) {
      const created = await tx.section.create({
        data: { documentId, position: s.position, heading: s.heading, start: s.start, end: s.end },
        select: { id: true },
      });
      refs.push({ id: created.id, start: s.start, end: s.end });
      continue;
    }
    if (old.heading !== s.heading || old.start !== s.start || old.end !== s.end) {
      await tx.section.update({ where: { id: old.id }, data: { heading: s.heading, start: s.start, end: s.end } });
    }
    refs.push({ id: old.id, start: s.start, end: s.end });
  }
  const keep = new Set(sections.map((s) => s.position));
  const extra = existing.filter((s) => !keep.has(s.position)).map((s) => s.id);
  if (extra.length > 0) await tx.section.deleteMany({ where: { id: { in: extra } } });
  return refs;
}
