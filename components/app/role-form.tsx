"use client";

import { useActionState } from "react";
import { setUserRoleAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";

const roles = ["student", "instructor", "admin"] as const;

export function RoleForm({ userId, role, label }: { userId: string; role: string; label: string }) {
  const [state, action, pending] = useActionState(setUserRoleAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>Role for {label}</label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm">
        {roles.map((value) => (
          <option key={value} value={value}>{value}</option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>Save role</Button>
      {state && !state.ok && <span role="alert" className="text-sm text-red-700">{state.error.message}</span>}
      {state?.ok && <span role="status" className="text-sm text-green-800">Saved</span>}
    </form>
  );
}
