"use client";

import { useActionState } from "react";
import { updateStudySettingsAction } from "@/app/(app)/settings/study/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function StudySettingsForm({ values }: { values: { desiredRetention: number; newCardsPerDay: number; maximumInterval: number } }) {
  const [state, action, pending] = useActionState(updateStudySettingsAction, null);
  const errors = state && !state.ok ? state.error.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        label="Desired retention (%)"
        hint="How likely you want to be to remember a card when it comes back: 70–97 %. Higher means more reviews."
        errors={errors?.desiredRetentionPercent}
      >
        {(control) => (
          <Input {...control} name="desiredRetentionPercent" type="number" inputMode="decimal" min={70} max={97} step={1} defaultValue={Math.round(values.desiredRetention * 100)} required />
        )}
      </Field>
      <Field label="New cards per day" hint="0–1000. Due reviews are never limited." errors={errors?.newCardsPerDay}>
        {(control) => <Input {...control} name="newCardsPerDay" type="number" inputMode="numeric" min={0} max={1000} step={1} defaultValue={values.newCardsPerDay} required />}
      </Field>
      <Field label="Maximum interval (days)" hint="The longest a card may wait: 1–36500 days." errors={errors?.maximumInterval}>
        {(control) => <Input {...control} name="maximumInterval" type="number" inputMode="numeric" min={1} max={36500} step={1} defaultValue={values.maximumInterval} required />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>Save settings</Button>
        {state && !state.ok && <span role="alert" className="text-sm text-red-700">{state.error.message}</span>}
        {state?.ok && <span role="status" className="text-sm text-green-800">Saved</span>}
      </div>
    </form>
  );
}
