"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Button, type ButtonProps } from "@/components/ui/button";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A one-button form posting hidden fields to a server action; shows the action's error next to the button. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  size = "sm",
  ariaLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  ariaLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size={size} disabled={pending} aria-label={ariaLabel}>
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700">{state.error.message}</span>
      )}
    </form>
  );
}
