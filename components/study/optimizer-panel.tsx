"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { startOptimizerAction } from "@/app/(app)/settings/study/actions";
import { Button } from "@/components/ui/button";
import type { ParameterFitView } from "@/server/study/get-parameter-fit";

/** "Optimize" starts a background optimizer run; the panel polls its progress until it finishes. */
export function OptimizerPanel({ initial, fittedAt }: { initial: ParameterFitView | null; fittedAt: string | null }) {
  const router = useRouter();
  const [fit, setFit] = useState<ParameterFitView | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const active = fit?.status === "queued" || fit?.status === "running";

  const poll = useCallback(async () => {
    const response = await fetch("/api/study/parameter-fit", { cache: "no-store" });
    if (!response.ok) return;
    const body = (await response.json()) as { fit: ParameterFitView | null };
    setFit(body.fit);
    if (body.fit && (body.fit.status === "succeeded" || body.fit.status === "failed")) router.refresh();
  }, [router]);

  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => void poll(), 1000);
    return () => window.clearInterval(id);
  }, [active, poll]);

  async function start() {
    setStarting(true);
    setError(null);
    const result = await startOptimizerAction();
    setStarting(false);
    if (!result.ok) setError(result.error.message);
    else await poll();
  }

  const metrics = fit?.metrics;
  return (
    <div className="space-y-3 text-sm text-slate-800">
      <p>
        {fittedAt ? (
          <>Your scheduler uses parameters fitted to your reviews on {new Date(fittedAt).toLocaleDateString()}.</>
        ) : (
          <>Your scheduler uses the default FSRS parameters.</>
        )}{" "}
        Optimizing fits them to your own review history (at least 400 reviews on later days are needed).
      </p>
      <div className="flex items-center gap-3">
        <Button type="button" onClick={() => void start()} disabled={starting || active}>
          {active ? "Optimizing…" : "Optimize"}
        </Button>
        {active && fit && (
          <progress className="h-2 w-48" max={1} value={fit.progress} aria-label="Optimizer progress">
            {Math.round(fit.progress * 100)}%
          </progress>
        )}
      </div>
      <div role="status" aria-live="polite">
        {fit?.status === "succeeded" && metrics?.reason === "not_enough_history" && (
          <p>Not enough history yet ({metrics.trainingItems} usable reviews): the default parameters stay.</p>
        )}
        {fit?.status === "succeeded" && fit.fitted && (
          <p>
            Done: parameters fitted to {fit.reviewCount} reviews.
            {metrics?.heldOut && (
              <>
                {" "}On reviews held out from fitting, log loss {metrics.heldOut.default.logLoss.toFixed(3)} →{" "}
                {metrics.heldOut.fitted.logLoss.toFixed(3)}, RMSE {metrics.heldOut.default.rmseBins.toFixed(3)} →{" "}
                {metrics.heldOut.fitted.rmseBins.toFixed(3)} (lower is better).
              </>
            )}
          </p>
        )}
        {fit?.status === "failed" && <p className="text-red-700">The optimizer failed: {fit.error ?? "unknown error"}.</p>}
      </div>
      {error && <p role="alert" className="text-red-700">{error}</p>}
    </div>
  );
}
