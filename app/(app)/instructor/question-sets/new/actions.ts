"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { MAX_UPLOAD_BYTES } from "@/lib/content/extract-document-text";
import type { ActionResult } from "@/lib/action-result";
import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { uploadDocument } from "@/server/content/upload-document";
import { AppError } from "@/server/errors";
import { runAction } from "@/server/http/run-action";

const formSchema = z.object({
  course: z.string().trim().min(1, "Choose a course.").max(64),
  newCourseTitle: z.string().trim().max(120, "At most 120 characters.").optional(),
  title: z.string().trim().max(200, "At most 200 characters.").optional(),
});

export async function uploadDocumentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    const form = formSchema.parse({
      course: formData.get("course") ?? "",
      newCourseTitle: formData.get("newCourseTitle") ?? undefined,
      title: formData.get("title") ?? undefined,
    });
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID_INPUT", "Choose a file to upload.", { file: ["Choose a file to upload."] });
    if (file.size > MAX_UPLOAD_BYTES) {
      const message = `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`;
      throw new AppError("PAYLOAD_TOO_LARGE", message, { file: [message] });
    }
    if (form.course === "new" && !form.newCourseTitle) {
      throw new AppError("INVALID_INPUT", "Name the new course.", { newCourseTitle: ["Name the new course."] });
    }
    const result = await uploadDocument(
      user,
      {
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        ...(form.course === "new" ? { newCourseTitle: form.newCourseTitle } : { courseId: form.course }),
        title: form.title || undefined,
      },
      await currentTime(),
    );
    redirect(`/instructor/question-sets/${result.setId}?uploaded=${result.questionCount}`);
  });
}
