"use client";

import { useActionState, useState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  // React resets a form after its action runs; the submitted values become the defaults so nothing typed is lost.
  const [values, setValues] = useState({ email: "" });
  const submit = (formData: FormData) => {
    setValues({ email: String(formData.get("email") ?? "") });
    action(formData);
  };
  return (
    <form action={submit} className="space-y-4" noValidate>
      {state && !state.ok && <Alert tone="error">{state.error.message}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/dashboard"} />
      <Field label="Email">
        {(control) => <Input {...control} name="email" defaultValue={values.email} type="email" autoComplete="email" required />}
      </Field>
      <Field label="Password">
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
