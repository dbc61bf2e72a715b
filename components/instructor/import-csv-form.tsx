"use client";

import { useActionState } from "react";
import { importCsvAction } from "@/app/(app)/instructor/question-sets/[setId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** Upload a CSV of questions into the set (the export's format; rows with a known id update that question). */
export function ImportCsvForm({ setId }: { setId: string }) {
  const [state, action, pending] = useActionState(importCsvAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="setId" value={setId} />
      <Field
        label="CSV file"
        hint="Columns: id, type, prompt, answer, options (separated by |), explanation, difficulty, status, source_sentence."
        errors={state && !state.ok ? state.error.fieldErrors?.csv : undefined}
      >
        {(control) => <Input {...control} type="file" name="csv" accept=".csv,text/csv" required />}
      </Field>
      {state && !state.ok && <Alert tone="error">{state.error.message}</Alert>}
      {state?.ok && <Alert tone="success">Imported: {state.data.created} new, {state.data.updated} updated.</Alert>}
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>Import CSV</Button>
    </form>
  );
}
