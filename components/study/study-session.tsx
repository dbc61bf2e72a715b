"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { StudyItem, StudyQueueView } from "@/server/study/get-study-queue";
import { cn } from "@/components/ui/cn";

/**
 * A study session for one deck. Keyboard: Space shows a flashcard's answer; 1–4 rate (Again/Hard/Good/Easy) once the
 * answer is shown; for choice questions 1–9 pick an option before answering; typed/cloze answers are checked with
 * Enter; Z or Ctrl+Z undoes the last review. Shortcuts are ignored while typing in a text field. Everything is also a
 * button, reachable with Tab. Auto-graded answers are checked by the server, which proposes a rating (highlighted and
 * focused, so Enter accepts it).
 *
 * Reviews are submitted with a client-chosen UUID and retried with the same id on network failures (the server
 * counts each id once). No charting or other heavy libraries here: this page's bundle is budgeted.
 */

type Rating = 1 | 2 | 3 | 4;
const ratingNames: Record<Rating, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
const ratings: Rating[] = [1, 2, 3, 4];

type CheckResult = {
  correct: boolean;
  exact: boolean;
  proposedRating: Rating;
  expected: string;
  sourceSentence: string | null;
  explanation: string | null;
};

type Phase =
  | { kind: "question" }
  | { kind: "checking" }
  | { kind: "answer"; check: CheckResult | null }
  | { kind: "submitting"; check: CheckResult | null };

class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function utcOffsetMinutes(): number {
  return -new Date().getTimezoneOffset();
}

async function requestJson<T>(url: string, init?: RequestInit, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const response = await fetch(url, {
        ...init,
        headers: { "content-type": "application/json", ...(init?.headers ?? {}) },
        cache: "no-store",
      });
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!response.ok) {
        const error = new RequestError(body?.error?.message ?? `Request failed (${response.status}).`, response.status);
        if (response.status < 500) throw error; // not worth retrying
        lastError = error;
      } else {
        return body as T;
      }
    } catch (error) {
      if (error instanceof RequestError && error.status < 500) throw error;
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300 * (attempt + 1)));
  }
  throw lastError instanceof Error ? lastError : new Error("Network error.");
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit" });
}

export function StudySession({ initial }: { initial: StudyQueueView }) {
  const [queue, setQueue] = useState<StudyQueueView>(initial);
  const [version, setVersion] = useState(0);
  const [index, setIndex] = useState(0);
  const [history, setHistory] = useState<{ reviewId: string; questionId: string }[]>([]);
  const [reviewedCount, setReviewedCount] = useState(0);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLButtonElement | null>(null);

  const item: StudyItem | undefined = queue.items[index];

  useEffect(() => {
    if (!item) doneRef.current?.focus();
  }, [item, version]);

  const reload = useCallback(
    async (front?: string) => {
      setLoading(true);
      setError(null);
      try {
        const next = await requestJson<StudyQueueView>(
          `/api/study/${encodeURIComponent(initial.deckId)}/queue?tz=${utcOffsetMinutes()}`,
        );
        if (front) {
          const at = next.items.findIndex((i) => i.questionId === front);
          if (at > 0) next.items.unshift(...next.items.splice(at, 1));
        }
        setQueue(next);
        setIndex(0);
        setVersion((v) => v + 1);
      } catch (e) {
        setError(e instanceof Error ? e.message : "Could not load the cards.");
      } finally {
        setLoading(false);
      }
    },
    [initial.deckId],
  );

  const submit = useCallback(
    async (questionId: string, rating: Rating, durationMs: number): Promise<boolean> => {
      const reviewId = crypto.randomUUID();
      setError(null);
      setBusy(true);
      try {
        await requestJson("/api/reviews", {
          method: "POST",
          body: JSON.stringify({ reviewId, questionId, rating, durationMs: Math.min(86_400_000, durationMs) }),
        });
        setHistory((h) => [...h, { reviewId, questionId }]);
        setReviewedCount((n) => n + 1);
        setMessage(`Rated ${ratingNames[rating]}.`);
        if (index + 1 < queue.items.length) setIndex(index + 1);
        else await reload();
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : "Could not save the review.");
        return false;
      } finally {
        setBusy(false);
      }
    },
    [index, queue.items.length, reload],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || loading || busy) return;
    setError(null);
    setBusy(true);
    try {
      await requestJson("/api/reviews/undo", { method: "POST", body: JSON.stringify({ reviewId: last.reviewId }) });
      setHistory((h) => h.slice(0, -1));
      setReviewedCount((n) => Math.max(0, n - 1));
      setMessage("Last review undone.");
      await reload(last.questionId);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not undo.");
    } finally {
      setBusy(false);
    }
  }, [history, loading, busy, reload]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || event.shiftKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === "z" || event.key === "Z") {
        event.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo]);

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        <p>
          <span className="font-medium text-slate-900">
            {queue.dueCount}
            {queue.dueCountCapped ? "+" : ""}
          </span>{" "}
          due · <span className="font-medium text-slate-900">{queue.newAllowed}</span> new left today ·{" "}
          <span className="font-medium text-slate-900">{reviewedCount}</span> reviewed
        </p>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={history.length === 0 || busy || loading}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:text-slate-500"
          aria-keyshortcuts="Z Control+Z"
        >
          Undo <kbd className="ml-1 text-xs text-slate-600">Z</kbd>
        </button>
      </div>

      <p className="sr-only" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      )}

      {!item ? (
        <section aria-labelledby="done-heading" className="rounded-lg border border-slate-200 bg-white p-6 text-center shadow-sm">
          <h2 id="done-heading" className="text-lg font-semibold text-slate-900">
            Nothing to study right now
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            {queue.nextDueAt ? <>The next card is due {formatTime(queue.nextDueAt)}.</> : <>You have no cards waiting in this deck.</>}
          </p>
          <button
            type="button"
            ref={doneRef}
            onClick={() => void reload()}
            disabled={loading}
            className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Check again
          </button>
        </section>
      ) : (
        <CardView
          key={`${version}:${item.questionId}`}
          item={item}
          disabled={busy || loading}
          onSubmit={submit}
          onMessage={setMessage}
          onError={setError}
        />
      )}

      <p className="text-xs text-slate-600">
        Keys: <kbd>Space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>Z</kbd> undo
      </p>
    </div>
  );
}

/** One card: its own phase (question → checking → answer), reset by mounting a fresh one per card. */
function CardView({
  item,
  disabled,
  onSubmit,
  onMessage,
  onError,
}: {
  item: StudyItem;
  disabled: boolean;
  onSubmit: (questionId: string, rating: Rating, durationMs: number) => Promise<boolean>;
  onMessage: (message: string) => void;
  onError: (message: string | null) => void;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: "question" });
  const [typed, setTyped] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const shownAt = useRef(0);
  const primaryRef = useRef<HTMLElement | null>(null);

  const setPrimary = useCallback((element: HTMLElement | null) => {
    if (element) primaryRef.current = element;
  }, []);

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  // Focus the card's main control whenever the phase changes (first control, then the suggested rating).
  useEffect(() => {
    primaryRef.current?.focus();
  }, [phase.kind]);

  const reveal = useCallback(() => {
    if (item.type !== "flashcard" || phase.kind !== "question") return;
    primaryRef.current = null;
    setPhase({ kind: "answer", check: null });
    onMessage("Answer shown. Rate how well you knew it: 1 Again, 2 Hard, 3 Good, 4 Easy.");
  }, [item.type, phase.kind, onMessage]);

  const check = useCallback(
    async (answer: string) => {
      if (phase.kind !== "question") return;
      setPhase({ kind: "checking" });
      onError(null);
      try {
        const result = await requestJson<CheckResult>("/api/study/check", {
          method: "POST",
          body: JSON.stringify({ questionId: item.questionId, answer, durationMs: Date.now() - shownAt.current }),
        });
        primaryRef.current = null;
        setPhase({ kind: "answer", check: result });
        onMessage(
          `${result.correct ? (result.exact ? "Correct." : "Correct, with a small typo.") : "Not quite."} ` +
            `Suggested rating: ${ratingNames[result.proposedRating]}.`,
        );
      } catch (e) {
        setPhase({ kind: "question" });
        onError(e instanceof Error ? e.message : "Could not check the answer.");
      }
    },
    [item.questionId, phase.kind, onMessage, onError],
  );

  const rate = useCallback(
    async (rating: Rating) => {
      if (phase.kind !== "answer" || disabled) return;
      const current = phase.check;
      setPhase({ kind: "submitting", check: current });
      const ok = await onSubmit(item.questionId, rating, Date.now() - shownAt.current);
      if (!ok) setPhase({ kind: "answer", check: current });
    },
    [phase, disabled, onSubmit, item.questionId],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || event.ctrlKey) return;
      if (isTypingTarget(event.target)) return;
      const key = event.key;
      if (key === " " && item.type === "flashcard" && phase.kind === "question") {
        event.preventDefault();
        reveal();
        return;
      }
      if (/^[1-9]$/.test(key)) {
        const n = Number(key);
        if (phase.kind === "answer" && n <= 4) {
          event.preventDefault();
          void rate(n as Rating);
        } else if (phase.kind === "question" && (item.type === "multiple_choice" || item.type === "true_false")) {
          const option = item.options[n - 1];
          if (option !== undefined) {
            event.preventDefault();
            setChosen(option);
            void check(option);
          }
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [item, phase.kind, reveal, rate, check]);

  const answered = phase.kind === "answer" || phase.kind === "submitting";
  const result = answered ? phase.check : null;
  const busy = phase.kind === "submitting" || phase.kind === "checking" || disabled;

  return (
    <section
      aria-labelledby="card-prompt"
      aria-busy={busy}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8"
      data-question-id={item.questionId}
    >
      <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-600">
        {item.kind === "new" ? "New" : "Review"} · {typeLabel(item.type)}
      </p>
      <h2 id="card-prompt" className="whitespace-pre-wrap text-xl font-semibold text-slate-900">
        {item.prompt}
      </h2>

      {item.type === "flashcard" && !answered && (
        <button
          type="button"
          ref={setPrimary}
          onClick={reveal}
          aria-keyshortcuts="Space"
          className="mt-6 w-full rounded-md bg-brand-600 px-4 py-3 text-base font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          Show answer <kbd className="ml-1 text-xs opacity-90">Space</kbd>
        </button>
      )}

      {(item.type === "multiple_choice" || item.type === "true_false") && (
        <fieldset className="mt-6" disabled={answered || phase.kind === "checking"}>
          <legend className="mb-2 text-sm text-slate-700">Choose an answer (keys 1–{Math.min(9, item.options.length)})</legend>
          <ul className="space-y-2">
            {item.options.map((option, i) => {
              const isChosen = chosen === option;
              const isExpected = result && option.trim() === result.expected.trim();
              return (
                <li key={`${i}-${option}`}>
                  <button
                    type="button"
                    ref={i === 0 && !answered ? setPrimary : undefined}
                    onClick={() => {
                      setChosen(option);
                      void check(option);
                    }}
                    aria-pressed={isChosen}
                    className={cn(
                      "flex w-full items-start gap-3 rounded-md border px-4 py-3 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                      isExpected ? "border-green-700 bg-green-50" : isChosen && result ? "border-red-700 bg-red-50" : "border-slate-300 bg-white hover:bg-slate-50",
                    )}
                  >
                    <kbd className="text-xs text-slate-600">{i + 1}</kbd>
                    <span className="text-slate-900">{option}</span>
                    {isExpected && <span className="ml-auto text-xs font-medium text-green-800">correct answer</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}

      {(item.type === "typed" || item.type === "cloze") && (
        <form
          className="mt-6 flex flex-col gap-2 sm:flex-row"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (typed.trim()) void check(typed);
          }}
        >
          <label htmlFor="typed-answer" className="sr-only">
            Your answer
          </label>
          <input
            id="typed-answer"
            ref={!answered ? setPrimary : undefined}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            readOnly={answered}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            placeholder="Type your answer"
            className="h-11 flex-1 rounded-md border border-slate-400 px-3 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          />
          {!answered && (
            <button
              type="submit"
              disabled={phase.kind === "checking" || !typed.trim()}
              className="h-11 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:bg-slate-500"
            >
              Check
            </button>
          )}
        </form>
      )}

      {answered && (
        <div className="mt-6 space-y-3 border-t border-slate-200 pt-4">
          {result && (
            <p className={cn("font-medium", result.correct ? "text-green-800" : "text-red-800")}>
              {result.correct ? (result.exact ? "Correct." : "Correct (small typo accepted).") : "Not quite."}
              {!result.correct || !result.exact ? <> The answer is <strong>{result.expected}</strong>.</> : null}
            </p>
          )}
          {item.type === "flashcard" && <p className="whitespace-pre-wrap text-lg text-slate-900">{item.answer}</p>}
          {(result?.sourceSentence ?? item.sourceSentence) && (
            <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
              <span className="sr-only">Source: </span>
              {result?.sourceSentence ?? item.sourceSentence}
            </blockquote>
          )}
          {(result?.explanation ?? item.explanation) && <p className="text-sm text-slate-700">{result?.explanation ?? item.explanation}</p>}

          <div role="group" aria-label="Rate this card" className="grid grid-cols-2 gap-2 pt-2 sm:grid-cols-4">
            {ratings.map((rating) => {
              const suggested = result?.proposedRating === rating;
              const focusThis = result ? suggested : rating === 3;
              const label = item.intervals.find((i) => i.rating === rating)?.label;
              return (
                <button
                  key={rating}
                  type="button"
                  ref={focusThis ? setPrimary : undefined}
                  onClick={() => void rate(rating)}
                  disabled={phase.kind === "submitting"}
                  aria-keyshortcuts={String(rating)}
                  aria-describedby={suggested ? "suggested-note" : undefined}
                  className={cn(
                    "flex flex-col items-center rounded-md border px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-wait",
                    ratingTone[rating],
                    suggested && "ring-2 ring-brand-600 ring-offset-2",
                  )}
                >
                  <span>
                    <kbd className="mr-1 text-xs opacity-80">{rating}</kbd>
                    {ratingNames[rating]}
                  </span>
                  {label && <span className="text-xs font-normal opacity-90">{label}</span>}
                  {suggested && <span className="text-xs font-semibold">Suggested</span>}
                </button>
              );
            })}
          </div>
          {result && (
            <p id="suggested-note" className="text-xs text-slate-600">
              Suggested from your answer{result.correct ? " and how long it took" : ""}; press Enter to accept it or pick another.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

const ratingTone: Record<Rating, string> = {
  1: "border-red-300 bg-red-50 text-red-900 hover:bg-red-100",
  2: "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100",
  3: "border-green-300 bg-green-50 text-green-900 hover:bg-green-100",
  4: "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100",
};

function typeLabel(type: StudyItem["type"]): string {
  switch (type) {
    case "flashcard":
      return "Flashcard";
    case "cloze":
      return "Fill in the blank";
    case "multiple_choice":
      return "Multiple choice";
    case "true_false":
      return "True or false";
    case "typed":
      return "Type the answer";
  }
}
