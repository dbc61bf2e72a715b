"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TakingPayload, TakingQuestion } from "@/lib/quiz/build-taking-payload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";

type SaveState = { status: "idle" | "saving" | "saved" | "error"; message?: string };

/** After the client's timer reaches zero, wait this long before asking the server to submit, so the server's own
 *  clock has passed the deadline too and records the automatic submission. */
const SUBMIT_AFTER_TIMEOUT_MS = 1500;
const TYPING_DEBOUNCE_MS = 700;

/**
 * Taking a quiz. Every answer is saved to the server as it is given (choices at once, typed answers after a short
 * pause or on leaving the field), with a visible per-question state; a reload resumes from what the server has.
 * The timer counts down from the server's `secondsLeft`; at zero the inputs lock and the attempt is submitted with
 * what was saved.
 */
export function QuizTaker({ payload, resultsUrl }: { payload: TakingPayload; resultsUrl: string }) {
  const router = useRouter();
  const [responses, setResponses] = useState<Record<string, string>>(() =>
    Object.fromEntries(payload.questions.map((q) => [q.questionId, q.saved ?? ""])),
  );
  const [saves, setSaves] = useState<Record<string, SaveState>>(() =>
    Object.fromEntries(payload.questions.map((q) => [q.questionId, { status: q.saved === null ? "idle" : "saved" } as SaveState])),
  );
  const [finished, setFinished] = useState<null | "submitting" | "time_up">(null);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(new Map<string, Promise<void>>());
  const sequence = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const lastSent = useRef(new Map<string, string>(payload.questions.map((q) => [q.questionId, q.saved ?? ""])));

  const goToResults = useCallback(() => {
    router.replace(resultsUrl);
    router.refresh();
  }, [router, resultsUrl]);

  const save = useCallback(
    (questionId: string, response: string) => {
      const timer = timers.current.get(questionId);
      if (timer) clearTimeout(timer);
      timers.current.delete(questionId);
      const n = (sequence.current.get(questionId) ?? 0) + 1;
      if (lastSent.current.get(questionId) === response && !inFlight.current.has(questionId)) {
        // The server already has exactly this response (e.g. typed away and back): nothing to send.
        sequence.current.set(questionId, n);
        setSaves((s) => ({ ...s, [questionId]: { status: "saved" } }));
        return Promise.resolve();
      }
      sequence.current.set(questionId, n);
      setSaves((s) => ({ ...s, [questionId]: { status: "saving" } }));
      const run = async () => {
        // A newer response for this question is queued behind this one: only the newest needs sending.
        if (sequence.current.get(questionId) !== n) return;
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            const res = await fetch(`/api/attempts/${payload.attemptId}/answers`, {
              method: "PUT",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ questionId, response }),
            });
            if (res.ok) {
              lastSent.current.set(questionId, response);
              if (sequence.current.get(questionId) === n) setSaves((s) => ({ ...s, [questionId]: { status: "saved" } }));
              return;
            }
            const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
            const message = body?.error?.message ?? "This answer was not saved.";
            if (res.status === 410 || res.status === 409) {
              setSaves((s) => ({ ...s, [questionId]: { status: "error", message } }));
              // The server has submitted the attempt (or it was submitted elsewhere): show the results.
              setFinished("time_up");
              setError(message);
              setTimeout(goToResults, SUBMIT_AFTER_TIMEOUT_MS);
              return;
            }
            if (res.status < 500) {
              setSaves((s) => ({ ...s, [questionId]: { status: "error", message } }));
              return;
            }
          } catch {
            // network error: retry below
          }
          await new Promise((r) => setTimeout(r, 400 * (attempt + 1)));
        }
        if (sequence.current.get(questionId) === n) {
          setSaves((s) => ({ ...s, [questionId]: { status: "error", message: "Not saved: check your connection. It will be retried when you change the answer." } }));
        }
      };
      // One request at a time per question, in order, so an older response can never overwrite a newer one.
      const promise = (inFlight.current.get(questionId) ?? Promise.resolve()).then(run);
      inFlight.current.set(questionId, promise);
      void promise.then(() => {
        if (inFlight.current.get(questionId) === promise) inFlight.current.delete(questionId);
      });
      return promise;
    },
    [payload.attemptId, goToResults],
  );

  const submit = useCallback(
    async (reason: "manual" | "time_up") => {
      setFinished(reason === "manual" ? "submitting" : "time_up");
      setError(null);
      if (reason === "manual") {
        for (const [questionId, timer] of timers.current) {
          clearTimeout(timer);
          await save(questionId, responses[questionId] ?? "");
        }
        await Promise.all(inFlight.current.values());
      }
      try {
        const res = await fetch(`/api/attempts/${payload.attemptId}/submit`, { method: "POST" });
        if (!res.ok && res.status !== 409) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(body?.error?.message ?? "The attempt could not be submitted.");
        }
        goToResults();
      } catch (e) {
        setFinished(reason === "time_up" ? "time_up" : null);
        setError(`${(e as Error).message} Please try again.`);
      }
    },
    [payload.attemptId, responses, save, goToResults],
  );

  // The timer: a local deadline from the server's secondsLeft (immune to a wrong clock on this computer).
  const [left, setLeft] = useState<number | null>(payload.secondsLeft);
  useEffect(() => {
    if (payload.secondsLeft === null) return;
    const deadline = Date.now() + payload.secondsLeft * 1000;
    let fired = false;
    const tick = () => {
      const s = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(s);
      if (s === 0 && !fired) {
        fired = true;
        setFinished("time_up");
        setTimeout(() => void submit("time_up"), SUBMIT_AFTER_TIMEOUT_MS);
      }
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the deadline is fixed at load; submit identity changes with answers
  }, [payload.secondsLeft]);

  const locked = finished !== null;
  const answered = payload.questions.filter((q) => (responses[q.questionId] ?? "").trim() !== "").length;

  function change(q: TakingQuestion, value: string, immediate: boolean) {
    if (locked) return;
    setResponses((r) => ({ ...r, [q.questionId]: value }));
    if (immediate) {
      void save(q.questionId, value);
    } else {
      const old = timers.current.get(q.questionId);
      if (old) clearTimeout(old);
      setSaves((s) => ({ ...s, [q.questionId]: { status: "idle" } }));
      timers.current.set(q.questionId, setTimeout(() => void save(q.questionId, value), TYPING_DEBOUNCE_MS));
    }
  }

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <p className="text-sm text-slate-800">
          {answered} of {payload.questions.length} answered
        </p>
        {left !== null && (
          <p className="text-sm font-medium text-slate-900">
            Time left:{" "}
            <span role="timer" aria-label={`Time left ${formatClock(left)}`} className={left <= 60 ? "font-bold text-red-800" : ""} data-testid="quiz-timer">
              {formatClock(left)}
            </span>
          </p>
        )}
        <span aria-live="polite" className="sr-only">
          {left !== null && (left === 300 || left === 60) ? `${left / 60} minute${left === 60 ? "" : "s"} left` : ""}
        </span>
      </div>

      {finished === "time_up" && <Alert tone="info">Time is up. Your attempt is being submitted with the answers saved so far…</Alert>}
      {error && <Alert tone="error">{error}</Alert>}

      <ol className="space-y-4">
        {payload.questions.map((q) => (
          <li key={q.questionId}>
            <Card aria-labelledby={`q-${q.questionId}-label`}>
              <QuestionInput
                question={q}
                value={responses[q.questionId] ?? ""}
                disabled={locked}
                onChange={(value, immediate) => change(q, value, immediate)}
                onBlur={() => {
                  const value = responses[q.questionId] ?? "";
                  if (timers.current.has(q.questionId)) void save(q.questionId, value);
                }}
              />
              <SaveStatus state={saves[q.questionId] ?? { status: "idle" }} />
            </Card>
          </li>
        ))}
      </ol>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" size="lg" disabled={locked} onClick={() => void submit("manual")}>
          {finished === "submitting" ? "Submitting…" : "Submit attempt"}
        </Button>
        {answered < payload.questions.length && !locked && (
          <p className="text-sm text-slate-700">{payload.questions.length - answered} question(s) unanswered.</p>
        )}
      </div>
    </div>
  );
}

function QuestionInput({
  question: q,
  value,
  disabled,
  onChange,
  onBlur,
}: {
  question: TakingQuestion;
  value: string;
  disabled: boolean;
  onChange: (value: string, immediate: boolean) => void;
  onBlur: () => void;
}) {
  const labelId = `q-${q.questionId}-label`;
  const heading = (
    <p id={labelId} className="mb-3 font-medium text-slate-900">
      <span className="mr-2 text-slate-600">Question {q.number}.</span>
      {q.prompt}
    </p>
  );
  if (q.options.length > 0) {
    return (
      <fieldset>
        <legend className="sr-only">Question {q.number}</legend>
        {heading}
        <div className="grid gap-2 sm:grid-cols-2">
          {q.options.map((option, i) => {
            const id = `q-${q.questionId}-o${i}`;
            return (
              <label
                key={id}
                htmlFor={id}
                className="flex cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
              >
                <input
                  id={id}
                  type="radio"
                  name={`q-${q.questionId}`}
                  value={option}
                  checked={value === option}
                  disabled={disabled}
                  onChange={() => onChange(option, true)}
                  className="h-4 w-4"
                />
                <span>{option}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  }
  return (
    <div>
      {heading}
      <Input
        aria-labelledby={labelId}
        value={value}
        disabled={disabled}
        maxLength={2000}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type your answer"
        onChange={(e) => onChange(e.target.value, false)}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onBlur();
          }
        }}
      />
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.status === "saving" ? "Saving…" : state.status === "saved" ? "Saved" : state.status === "error" ? state.message ?? "Not saved" : "";
  return (
    <p aria-live="polite" className={`mt-2 min-h-5 text-xs ${state.status === "error" ? "text-red-800" : "text-slate-700"}`} data-save-status={state.status}>
      {text}
    </p>
  );
}

function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, "0");
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
