import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A message box. Errors use role="alert" (announced at once); other tones use role="status".
 * Playwright note: Next's route announcer is also role="alert", so tests should target alerts by text.
 */
export function Alert({ tone = "info", children, className }: { tone?: "info" | "success" | "error"; children: ReactNode; className?: string }) {
  const tones = {
    info: "border-brand-100 bg-brand-50 text-brand-800",
    success: "border-green-200 bg-green-50 text-green-900",
    error: "border-red-200 bg-red-50 text-red-900",
  };
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}>
      {children}
    </div>
  );
}
