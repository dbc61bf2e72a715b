"use client";

import { useActionState, useState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, null);
  // React resets a form after its action runs; the submitted values become the defaults so nothing typed is lost.
  const [values, setValues] = useState({ name: "", email: "" });
  const submit = (formData: FormData) => {
    setValues({ name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") });
    action(formData);
  };
  const errors = state && !state.ok ? state.error.fieldErrors : undefined;
  return (
    <form action={submit} className="space-y-4" noValidate>
      {state && !state.ok && <Alert tone="error">{state.error.message}</Alert>}
      <Field label="Name" errors={errors?.name}>
        {(control) => <Input {...control} name="name" defaultValue={values.name} autoComplete="name" required />}
      </Field>
      <Field label="Email" errors={errors?.email}>
        {(control) => <Input {...control} name="email" defaultValue={values.email} type="email" autoComplete="email" required />}
      </Field>
      <Field label="Password" hint="At least 10 characters. A passphrase of a few words works well." errors={errors?.password}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" required minLength={10} />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
