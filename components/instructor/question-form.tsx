"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect, Textarea } from "@/components/ui/field";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export type QuestionDraft = { type: string; prompt: string; answer: string; options: string[]; explanation: string };

const TYPES = [
  ["flashcard", "Flashcard"],
  ["cloze", "Cloze (fill the blank)"],
  ["multiple_choice", "Multiple choice"],
  ["true_false", "True / false"],
  ["typed", "Typed answer"],
] as const;

/** The fields of a question, for editing one or adding one. */
export function QuestionForm({
  action,
  hidden,
  initial,
  submitLabel,
  onDone,
}: {
  action: Action;
  hidden: Record<string, string>;
  initial?: QuestionDraft;
  submitLabel: string;
  onDone?: () => void;
}) {
  const [type, setType] = useState(initial?.type ?? "flashcard");
  const [state, formAction, pending] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onDone?.();
    return result;
  }, null);
  const errors = state && !state.ok ? state.error.fieldErrors ?? {} : {};
  const fieldErrors = (name: string) => errors[name] ?? errors[`content.${name}`];
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field label="Type" errors={fieldErrors("type")}>
        {(control) => (
          <NativeSelect {...control} name="type" value={type} onChange={(e) => setType(e.target.value)}>
            {TYPES.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label="Prompt" hint={type === "cloze" ? "Mark the blank with _____." : undefined} errors={fieldErrors("prompt")}>
        {(control) => <Textarea {...control} name="prompt" rows={2} required defaultValue={initial?.prompt} />}
      </Field>
      <Field label="Answer" hint={type === "true_false" ? "True or False." : undefined} errors={fieldErrors("answer")}>
        {(control) => <Input {...control} name="answer" required defaultValue={initial?.answer} />}
      </Field>
      {type === "multiple_choice" && (
        <Field label="Options" hint="One per line; the answer must be one of them." errors={fieldErrors("options")}>
          {(control) => <Textarea {...control} name="options" rows={4} defaultValue={initial?.options.join("\n")} />}
        </Field>
      )}
      <Field label="Explanation" errors={fieldErrors("explanation")}>
        {(control) => <Textarea {...control} name="explanation" rows={2} defaultValue={initial?.explanation} />}
      </Field>
      {state && !state.ok && <Alert tone="error">{state.error.message}</Alert>}
      {state?.ok && <Alert tone="success">Saved.</Alert>}
      <Button type="submit" size="sm" disabled={pending}>{submitLabel}</Button>
    </form>
  );
}
