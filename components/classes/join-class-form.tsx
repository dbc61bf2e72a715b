"use client";

import { useActionState } from "react";
import { joinClassAction } from "@/app/(app)/classes/join/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function JoinClassForm() {
  const [state, action, pending] = useActionState(joinClassAction, null);
  const errors = state && !state.ok ? state.error.fieldErrors ?? {} : {};
  return (
    <form action={action} className="space-y-4">
      <Field label="Join code" errors={errors.code}>
        {(control) => (
          <Input {...control} name="code" required autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={20} className="font-mono uppercase tracking-widest" />
        )}
      </Field>
      {state && !state.ok && !errors.code && <Alert tone="error">{state.error.message}</Alert>}
      <Button type="submit" disabled={pending}>{pending ? "Joining…" : "Join class"}</Button>
    </form>
  );
}
