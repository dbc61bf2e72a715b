"use client";

import { useActionState } from "react";
import { createClassAction } from "@/app/(app)/instructor/classes/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect } from "@/components/ui/field";

export function CreateClassForm({ courses }: { courses: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(createClassAction, null);
  const errors = state && !state.ok ? state.error.fieldErrors ?? {} : {};
  return (
    <form action={action} className="space-y-4">
      <Field label="Class name" errors={errors.name}>
        {(control) => <Input {...control} name="name" required maxLength={120} placeholder="e.g. Biology 101, autumn" />}
      </Field>
      <Field label="Course (optional)" hint="For your own reference." errors={errors.courseId}>
        {(control) => (
          <NativeSelect {...control} name="courseId" defaultValue="">
            <option value="">No course</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {state && !state.ok && !errors.name && <Alert tone="error">{state.error.message}</Alert>}
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create class"}</Button>
    </form>
  );
}
