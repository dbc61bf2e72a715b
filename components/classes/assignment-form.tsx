"use client";

import { useActionState, useMemo, useState } from "react";
import { createAssignmentAction } from "@/app/(app)/instructor/classes/[classId]/assignments/new/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect } from "@/components/ui/field";
import { QUIZ_QUESTION_TYPES, quizQuestionTypeLabels, type QuizQuestionType } from "@/lib/quiz/quiz-question-types";

export type UsableSet = { id: string; title: string; courseTitle: string; approvedByType: Record<QuizQuestionType, number> };

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, for datetime-local inputs. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toIso(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

/**
 * Assign a quiz: the question set, how many questions of which types, selection and shuffling, the dates (entered in
 * the instructor's local time, sent as ISO instants), the time limit, attempts, grading and answer visibility.
 */
export function AssignmentForm({ classId, sets }: { classId: string; sets: UsableSet[] }) {
  const [state, action, pending] = useActionState(createAssignmentAction, null);
  const errors = state && !state.ok ? state.error.fieldErrors ?? {} : {};
  const rulesError = (name: string) => errors[`rules.${name}`] ?? errors[name];
  const [setId, setSetId] = useState(sets[0]?.id ?? "");
  const [types, setTypes] = useState<QuizQuestionType[]>([...QUIZ_QUESTION_TYPES]);
  const defaults = useMemo(() => {
    const now = new Date();
    now.setSeconds(0, 0);
    return { opens: toLocalInput(now), due: toLocalInput(new Date(now.getTime() + 7 * 86_400_000)) };
  }, []);
  const [opensAt, setOpensAt] = useState(defaults.opens);
  const [dueAt, setDueAt] = useState(defaults.due);
  const chosen = sets.find((s) => s.id === setId);
  const available = chosen ? types.reduce((n, t) => n + chosen.approvedByType[t], 0) : 0;

  if (sets.length === 0) {
    return <Alert tone="info">You have no published question sets yet. Publish a set under Question sets first.</Alert>;
  }
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="opensAt" value={toIso(opensAt)} />
      <input type="hidden" name="dueAt" value={toIso(dueAt)} />
      <Field label="Title" errors={rulesError("title")}>
        {(control) => <Input {...control} name="title" required maxLength={200} placeholder="e.g. Week 3 quiz" />}
      </Field>
      <Field label="Question set" hint="Published sets you may use; approved questions only." errors={errors.questionSetId}>
        {(control) => (
          <NativeSelect {...control} name="questionSetId" value={setId} onChange={(e) => setSetId(e.target.value)}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>{s.title} ({s.courseTitle})</option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Question types</legend>
        <div className="flex flex-wrap gap-4">
          {QUIZ_QUESTION_TYPES.map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="questionTypes"
                value={t}
                checked={types.includes(t)}
                onChange={(e) => setTypes((old) => (e.target.checked ? [...old, t] : old.filter((x) => x !== t)))}
                className="h-4 w-4"
              />
              {quizQuestionTypeLabels[t]} ({chosen?.approvedByType[t] ?? 0})
            </label>
          ))}
        </div>
        {rulesError("questionTypes") && <p className="text-sm text-red-700">{rulesError("questionTypes")?.join(" ")}</p>}
      </fieldset>
      <Field label="Number of questions" hint={`${available} available of the chosen types.`} errors={rulesError("questionCount")}>
        {(control) => <Input {...control} name="questionCount" type="number" min={1} max={Math.max(1, available)} defaultValue={Math.min(10, Math.max(1, available))} required />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Which questions</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="selection" value="same" defaultChecked className="h-4 w-4" /> The same questions for every student
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="selection" value="random" className="h-4 w-4" /> A random selection for each student and attempt
        </label>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="shuffleOptions" defaultChecked className="h-4 w-4" /> Shuffle multiple-choice options
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Opens" errors={rulesError("opensAt")}>
          {(control) => <Input {...control} type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} required />}
        </Field>
        <Field label="Due" hint="No attempt can start after this." errors={rulesError("dueAt")}>
          {(control) => <Input {...control} type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} required />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Time limit" hint="Leave empty for no limit (the attempt then ends at the due date)." errors={rulesError("timeLimitSeconds")}>
          {(control) => <Input {...control} name="timeLimit" type="number" min={1} step="any" placeholder="No limit" />}
        </Field>
        <Field label="Time limit unit">
          {(control) => (
            <NativeSelect {...control} name="timeLimitUnit" defaultValue="minutes">
              <option value="minutes">minutes</option>
              <option value="seconds">seconds</option>
            </NativeSelect>
          )}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Attempts allowed" errors={rulesError("maxAttempts")}>
          {(control) => <Input {...control} name="maxAttempts" type="number" min={1} max={20} defaultValue={1} required />}
        </Field>
        <Field label="Grade" errors={rulesError("grading")}>
          {(control) => (
            <NativeSelect {...control} name="grading" defaultValue="best">
              <option value="best">Best attempt</option>
              <option value="last">Last attempt</option>
            </NativeSelect>
          )}
        </Field>
        <Field label="Show answers" errors={rulesError("showAnswers")}>
          {(control) => (
            <NativeSelect {...control} name="showAnswers" defaultValue="after_submit">
              <option value="after_submit">After submitting</option>
              <option value="after_due">After the due date</option>
              <option value="never">Never</option>
            </NativeSelect>
          )}
        </Field>
      </div>
      {state && !state.ok && <Alert tone="error">{state.error.message}</Alert>}
      <Button type="submit" disabled={pending}>{pending ? "Assigning…" : "Assign quiz"}</Button>
    </form>
  );
}
