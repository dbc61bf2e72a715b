"use client";

import { useState } from "react";
import { setQuestionStatusAction, updateQuestionAction } from "@/app/(app)/instructor/question-sets/[setId]/actions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ActionButton } from "./action-button";
import { QuestionForm } from "./question-form";

export type ReviewQuestion = {
  id: string;
  number: number;
  type: string;
  prompt: string;
  answer: string;
  options: string[];
  explanation: string;
  difficulty: number;
  status: "pending" | "approved" | "rejected";
  origin: string;
  section: string | null;
  source: { before: string; sentence: string; after: string } | null;
};

const TYPE_LABEL: Record<string, string> = {
  flashcard: "Flashcard",
  cloze: "Cloze",
  multiple_choice: "Multiple choice",
  true_false: "True/false",
  typed: "Typed answer",
};
const STATUS_TONE = { pending: "warning", approved: "success", rejected: "danger" } as const;

/** One question under review: what it asks, its source sentence highlighted in context, and what can be done. */
export function QuestionReviewItem({ setId, question }: { setId: string; question: ReviewQuestion }) {
  const [editing, setEditing] = useState(false);
  const headingId = `question-${question.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h3 id={headingId} className="font-semibold text-slate-900">Question {question.number}</h3>
        <Badge tone="info">{TYPE_LABEL[question.type] ?? question.type}</Badge>
        <Badge tone={STATUS_TONE[question.status]}>{question.status}</Badge>
        {question.origin !== "generated" && <Badge>{question.origin}</Badge>}
        <span className="text-slate-600">difficulty {question.difficulty.toFixed(2)}</span>
      </div>
      {editing ? (
        <div className="mt-3">
          <QuestionForm
            action={updateQuestionAction}
            hidden={{ setId, questionId: question.id }}
            initial={question}
            submitLabel="Save question"
            onDone={() => setEditing(false)}
          />
          <Button type="button" variant="ghost" size="sm" className="mt-2" onClick={() => setEditing(false)}>Cancel</Button>
        </div>
      ) : (
        <dl className="mt-3 space-y-2 text-sm">
          <div>
            <dt className="font-medium text-slate-700">Prompt</dt>
            <dd className="whitespace-pre-wrap text-slate-900">{question.prompt}</dd>
          </div>
          {question.options.length > 0 && (
            <div>
              <dt className="font-medium text-slate-700">Options</dt>
              <dd>
                <ul className="list-inside list-disc">
                  {question.options.map((option) => (
                    <li key={option}>{option}{option === question.answer && <span className="font-semibold text-green-800"> (correct)</span>}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          <div>
            <dt className="font-medium text-slate-700">Answer</dt>
            <dd className="font-semibold text-slate-900">{question.answer}</dd>
          </div>
          {question.explanation && (
            <div>
              <dt className="font-medium text-slate-700">Explanation</dt>
              <dd className="text-slate-800">{question.explanation}</dd>
            </div>
          )}
          {question.source && (
            <div>
              <dt className="font-medium text-slate-700">Source{question.section ? ` — ${question.section}` : ""}</dt>
              <dd className="rounded-md bg-slate-50 p-2 text-slate-700">
                <blockquote>
                  {question.source.before}
                  <mark className="rounded bg-amber-100 px-0.5 text-slate-900">{question.source.sentence}</mark>
                  {question.source.after}
                </blockquote>
              </dd>
            </div>
          )}
        </dl>
      )}
      {!editing && (
        <div className="mt-3 flex flex-wrap gap-2">
          {question.status !== "approved" && (
            <ActionButton
              action={setQuestionStatusAction}
              fields={{ setId, questionId: question.id, status: "approved" }}
              label="Approve"
              variant="primary"
              ariaLabel={`Approve question ${question.number}`}
            />
          )}
          {question.status !== "rejected" && (
            <ActionButton
              action={setQuestionStatusAction}
              fields={{ setId, questionId: question.id, status: "rejected" }}
              label="Reject"
              variant="danger"
              ariaLabel={`Reject question ${question.number}`}
            />
          )}
          <Button type="button" variant="secondary" size="sm" onClick={() => setEditing(true)} aria-label={`Edit question ${question.number}`}>
            Edit
          </Button>
        </div>
      )}
    </li>
  );
}
