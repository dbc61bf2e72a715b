import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma-sqlite/client";

/**
 * A deck is what a student studies: one published question set (`set-<questionSetId>`) or a whole course
 * (`course-<courseSlug>`, every published set of it). Students see only approved questions of published sets;
 * every study query scopes questions with `studyableQuestionWhere`, so an invisible question is simply not found.
 */
export const deckIdSchema = z
  .string()
  .max(140)
  .regex(/^(set|course)-[A-Za-z0-9_-]{1,120}$/, "Not a deck.");

export type Deck = { kind: "set"; setId: string } | { kind: "course"; slug: string };

export function parseDeckId(deckId: string): Deck {
  const value = deckIdSchema.parse(deckId);
  const dash = value.indexOf("-");
  const kind = value.slice(0, dash);
  const rest = value.slice(dash + 1);
  return kind === "set" ? { kind: "set", setId: rest } : { kind: "course", slug: rest };
}

export function deckIdOf(deck: Deck): string {
  return deck.kind === "set" ? `set-${deck.setId}` : `course-${deck.slug}`;
}

/** Questions any student may study, optionally limited to one deck. */
export function studyableQuestionWhere(deck?: Deck): Prisma.QuestionWhereInput {
  const setWhere: Prisma.QuestionSetWhereInput = { status: "published" };
  if (deck?.kind === "set") setWhere.id = deck.setId;
  if (deck?.kind === "course") setWhere.course = { slug: deck.slug };
  return { status: "approved", questionSet: setWhere };
}

export const questionIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a question id.");
