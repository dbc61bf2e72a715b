"use client";

import { useActionState, useState } from "react";
import { uploadDocumentAction } from "@/app/(app)/instructor/question-sets/new/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect } from "@/components/ui/field";

/** Upload form: the file, the course (one of yours or a new one) and an optional title. */
export function UploadDocumentForm({ courses, maxBytes }: { courses: { id: string; title: string }[]; maxBytes: number }) {
  const [state, action, pending] = useActionState(uploadDocumentAction, null);
  const [course, setCourse] = useState(courses[0]?.id ?? "new");
  const [sizeError, setSizeError] = useState<string | null>(null);
  const errors = state && !state.ok ? state.error.fieldErrors ?? {} : {};
  const limitMb = maxBytes / 1024 / 1024;
  return (
    <form
      action={action}
      className="space-y-4"
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
        const file = input?.files?.[0];
        if (file && file.size > maxBytes) {
          event.preventDefault();
          setSizeError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${limitMb} MB.`);
        } else setSizeError(null);
      }}
    >
      <Field label="Document" hint={`Text (.txt), Markdown (.md), PDF or Word (.docx), up to ${limitMb} MB.`} errors={sizeError ? [sizeError] : errors.file}>
        {(control) => <Input {...control} type="file" name="file" required accept=".txt,.md,.markdown,.pdf,.docx,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />}
      </Field>
      <Field label="Course" errors={errors.courseId ?? errors.course}>
        {(control) => (
          <NativeSelect {...control} name="course" value={course} onChange={(e) => setCourse(e.target.value)}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
            <option value="new">A new course…</option>
          </NativeSelect>
        )}
      </Field>
      {course === "new" && (
        <Field label="New course title" errors={errors.newCourseTitle}>
          {(control) => <Input {...control} name="newCourseTitle" required maxLength={120} />}
        </Field>
      )}
      <Field label="Question set title" hint="Optional: the document's own title is used otherwise." errors={errors.title}>
        {(control) => <Input {...control} name="title" maxLength={200} />}
      </Field>
      {state && !state.ok && <Alert tone="error">{state.error.message}</Alert>}
      <Button type="submit" disabled={pending}>{pending ? "Generating questions…" : "Upload and generate questions"}</Button>
    </form>
  );
}
