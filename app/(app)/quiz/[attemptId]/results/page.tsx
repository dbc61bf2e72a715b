import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatPercent } from "@/components/quiz/format-quiz";
import { LocalTime } from "@/components/quiz/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { isAppError } from "@/server/errors";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { getAttemptResults } from "@/server/quiz/get-attempt-results";

export const metadata: Metadata = { title: "Quiz results" };
export const dynamic = "force-dynamic";

export default async function QuizResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requirePageUser();
  const { attemptId } = await params;
  const r = await orNotFound(
    getAttemptResults(user, { attemptId }, await currentTime()).catch((error: unknown) => {
      if (isAppError(error) && error.code === "CONFLICT") redirect(`/quiz/${attemptId}`);
      throw error;
    }),
  );
  const { results } = r;
  return (
    <>
      <PageHeader
        title={`${r.assignmentTitle}: results`}
        description={
          <>
            <Link href={`/classes/${r.classId}/assignments/${r.assignmentId}`} className="text-brand-700 underline">Back to the quiz</Link>
            {" · "}
            <Link href={`/classes/${r.classId}`} className="text-brand-700 underline">{r.className}</Link>
          </>
        }
      />
      <Card className="mb-6">
        <p className="text-3xl font-semibold text-slate-900" data-testid="attempt-score">
          {results.score ?? 0} / {results.maxScore} <span className="text-xl text-slate-700">({formatPercent(r.percent)})</span>
        </p>
        <p className="mt-2 text-sm text-slate-700">
          Attempt {r.number}, submitted {r.submittedAt && <LocalTime iso={r.submittedAt.toISOString()} withSeconds />}
          {r.autoSubmitted && <Badge className="ml-2">submitted when time ran out</Badge>}
          {r.late && <Badge tone="warning" className="ml-2">late</Badge>}
        </p>
      </Card>
      {!results.revealed && (
        <Alert tone="info" className="mb-4">
          {r.showAnswers === "never"
            ? "Your instructor does not show the answers for this quiz."
            : r.answersReleasedAt
              ? <>The answers will be shown from <LocalTime iso={r.answersReleasedAt.toISOString()} />.</>
              : "The answers are not shown yet."}
        </Alert>
      )}
      <ol className="space-y-3">
        {results.questions.map((q) => (
          <li key={q.questionId}>
            <Card>
              <p className="font-medium text-slate-900"><span className="mr-2 text-slate-600">Question {q.number}.</span>{q.prompt}</p>
              <p className="mt-2 text-sm">
                Your answer: <span className="font-medium">{q.response && q.response.trim() !== "" ? q.response : "(no answer)"}</span>
                {results.revealed && "correct" in q && (
                  <Badge tone={q.correct ? "success" : "danger"} className="ml-2">{q.correct ? "correct" : "wrong"}</Badge>
                )}
              </p>
              {results.revealed && "answer" in q && (
                <div className="mt-2 space-y-1 text-sm text-slate-800">
                  {!q.correct && <p>Right answer: <span className="font-medium">{q.answer}</span></p>}
                  {q.explanation && <p>{q.explanation}</p>}
                  {q.sourceSentence && (
                    <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700">Source: {q.sourceSentence}</blockquote>
                  )}
                </div>
              )}
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
