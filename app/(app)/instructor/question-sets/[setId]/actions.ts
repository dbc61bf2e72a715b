"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { addQuestion } from "@/server/content/add-question";
import { approvePendingQuestions } from "@/server/content/approve-pending-questions";
import { rowIdSchema } from "@/server/content/ids";
import { importQuestionSetCsv, MAX_CSV_BYTES } from "@/server/content/import-question-set-csv";
import { publishQuestionSet } from "@/server/content/publish-question-set";
import { setQuestionStatus } from "@/server/content/set-question-status";
import { updateQuestion } from "@/server/content/update-question";
import { AppError } from "@/server/errors";
import { runAction } from "@/server/http/run-action";

const setIdField = z.object({ setId: rowIdSchema });

function setPath(formData: FormData): string {
  const { setId } = setIdField.parse({ setId: formData.get("setId") });
  return `/instructor/question-sets/${setId}`;
}

/** The question fields of the edit and add forms; options are one per line. */
function contentFrom(formData: FormData) {
  const options = String(formData.get("options") ?? "")
    .split(/\r?\n/)
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    type: formData.get("type"),
    prompt: formData.get("prompt"),
    answer: formData.get("answer"),
    options,
    explanation: formData.get("explanation") ?? "",
  };
}

export async function setQuestionStatusAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    await setQuestionStatus(user, { questionId: formData.get("questionId"), status: formData.get("status") });
    revalidatePath(setPath(formData));
  });
}

export async function updateQuestionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    await updateQuestion(user, { questionId: formData.get("questionId"), content: contentFrom(formData) });
    revalidatePath(setPath(formData));
  });
}

export async function addQuestionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    await addQuestion(user, { setId: formData.get("setId"), content: contentFrom(formData) });
    revalidatePath(setPath(formData));
  });
}

export async function approvePendingAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    await approvePendingQuestions(user, { setId: formData.get("setId") });
    revalidatePath(setPath(formData));
  });
}

export async function publishQuestionSetAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    const publish = z.enum(["publish", "unpublish"]).parse(formData.get("intent")) === "publish";
    await publishQuestionSet(user, { setId: formData.get("setId"), publish }, await currentTime());
    revalidatePath(setPath(formData));
    revalidatePath("/instructor/question-sets");
  });
}

export async function importCsvAction(_previous: ActionResult<{ created: number; updated: number }> | null, formData: FormData): Promise<ActionResult<{ created: number; updated: number }>> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    const file = formData.get("csv");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID_INPUT", "Choose a CSV file.", { csv: ["Choose a CSV file."] });
    if (file.size > MAX_CSV_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The CSV file is larger than 2 MB.", { csv: ["The CSV file is larger than 2 MB."] });
    const bytes = new Uint8Array(await file.arrayBuffer());
    let csv: string;
    try {
      csv = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The CSV file must be UTF-8 text.", { csv: ["The CSV file must be UTF-8 text."] });
    }
    const result = await importQuestionSetCsv(user, { setId: formData.get("setId"), csv });
    revalidatePath(setPath(formData));
    return result;
  });
}
